# Қазақша. Every user-visible string of the bot and the admin panel.
# Sections are owned by modules; keep keys in the same order as ru.ftl.

## common
language-choose = Тілді таңдаңыз
language-choose-first = Тілді таңдаңыз · Выберите язык
language-set = Тіл: қазақша
start-unknown =
    Бұл бот мемлекеттік органдарға ведомствоаралық комиссия үшін мемлекеттік көрсетілетін қызметтің сауалнама парағын толтыруға көмектеседі.
    
    Бастау үшін уәкілетті органның шақыруы қажет: шақырудағы сілтемені ашыңыз немесе шақыру кодын хабарлама етіп жіберіңіз (мысалы, <code>ABCD-EFGH-JK</code>).
help-text =
    <b>Бот не істей алады</b>
    /start — менің сауалнама парақтарым
    /language — тілді ауыстыру (қазақша / русский)
    /help — осы анықтама
    
    Сұрақтарға бір-бірден жауап беріңіз: батырмамен немесе мәтінмен, содан кейін негіздемесін жазыңыз. Әр жауап бірден сақталады, сондықтан кез келген уақытта тоқтап, кейін сол жерден жалғастыруға болады. Соңында жауаптарды тексеріп, түсіндірме жазбаны тіркеп, сауалнама парағын жіберіңіз.
cmd-start = Менің сауалнама парақтарым
cmd-language = Тілді ауыстыру
cmd-help = Анықтама

## home: the list of questionnaires
home-title = <b>Сіздің сауалнама парақтарыңыз</b>
home-empty = Сізге әзірге бірде-бір қызмет тағайындалмаған. Қызметтер тізбесі жіберілгенде уәкілетті орган шақыру жібереді.
home-item = { $n }. { $service } — { $status }, мерзімі: { $due }
home-pick = Қызметті таңдаңыз:
status-not-started = басталмаған
status-in-progress = { $total } сұрақтың { $answered } толтырылды
status-submitted = жіберілді
status-returned = пысықтауға қайтарылды
status-accepted = қабылданды
status-overdue = мерзімі өтті
btn-my-questionnaires = 📋 Менің сауалнама парақтарым

## questionnaire navigation
qn-header = <b>{ $service }</b>
qn-progress = Сұрақ { $n } / { $total }
qn-current = Қазіргі жауап: { $answer }
qn-current-justification = Қазіргі негіздеме: { $text }
btn-back = ◀ Артқа
btn-save-exit = 💾 Сақтап, шығу
btn-keep = Өзгертпеу
btn-done = ✅ Дайын
btn-none = Ондай жоқ
qn-saved-exit = Жауаптар сақталды. Жалғастыру үшін /start басыңыз.
qn-use-buttons = Жауапты сұрақтың астындағы батырмамен таңдаңыз.
qn-text-only = Мәтінмен жауап беріңіз.
qn-too-long = Хабарлама тым ұзын: { $max } таңбадан аспауы керек. Қысқартыңыз.
qn-stale = Бұл сұрақ енді белсенді емес.
qn-read-only = Сауалнама парағы жіберілді, оны тек оқуға болады.
qn-returned = «{ $service }» сауалнама парағы пысықтауға қайтарылды. Уәкілетті органның түсініктемесі: { $comment }
qn-list-added = Қосылды: { $count }. Келесі тармақты жіберіңіз немесе «Дайын» батырмасын басыңыз.
qn-list-empty = Кемінде бір тармақ қосыңыз немесе «Ондай жоқ» батырмасын басыңыз.

## review and submit
review-title = <b>Жауаптарды тексеру</b> — { $service }
review-part = ({ $parts } бөліктің { $part }-сі)
review-item = <b>{ $n }. { $title }</b>
    Параметр: { $answer }
    Негіздеме: { $justification }
review-missing = — жауап жоқ —
review-edit-hint = Жауапты өзгерту үшін оның нөмірі бар батырманы басыңыз.
btn-edit = ✏️ { $n }
btn-submit = 📤 Жіберу
btn-confirm-submit = Иә, жіберу
btn-cancel = Бас тарту
btn-attach-note = 📎 Түсіндірме жазба
btn-add-proposals = 💡 Қосымша ұсыныстар
review-materials = Түсіндірме жазба: { $note }
    Қосымша ұсыныстар: { $proposals }
review-material-none = тіркелмеген
review-material-file = { $name } файлы ({ $size })
review-material-text = мәтін, { $chars } таңба
submit-confirm = «{ $service }» сауалнама парағын уәкілетті органға жіберу керек пе? Жіберілгеннен кейін жауаптарды тек пысықтауға қайтарылған жағдайда ғана өзгертуге болады.
submit-incomplete = Жібермес бұрын барлық сұраққа жауап беріңіз: { $missing } сұраққа жауап жоқ.
submit-done = ✅ «{ $service }» сауалнама парағы жіберілді. Рақмет!
submit-already = Сауалнама парағы жіберіліп қойған.
submit-cancelled = Жіберу тоқтатылды. Жауаптар сақталды.

## materials (p.8)
material-note-ask = Түсіндірме жазбаны (еркін нысанда) жіберіңіз: 20 МБ-қа дейінгі PDF, DOC, DOCX немесе ODT файлы, не мәтінмен.
material-proposals-ask = Қызметті оңтайландыру және автоматтандыру бойынша қосымша ұсыныстарды жазыңыз.
material-saved = Сақталды.
material-bad-type = Бұл файл түрі қабылданбайды. PDF, DOC, DOCX немесе ODT жіберіңіз.
material-too-big = Файл 20 МБ-тан үлкен. Telegram боттарға мұндай файлдарды жүктеп алуға мүмкіндік бермейді: файлды сығыңыз немесе сілтемесін мәтінмен жіберіңіз.
material-download-failed = Файлды алу мүмкін болмады. Қайталап көріңіз.
