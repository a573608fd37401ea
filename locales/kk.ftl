# Қазақша. Every user-visible string of the bot and the admin panel.
# Sections are owned by modules; keep keys in the same order as ru.ftl.

## common
language-choose = Тілді таңдаңыз
language-choose-first = Тілді таңдаңыз · Выберите язык
language-set = Тіл: қазақша
start-unknown =
    Бұл бот мемлекеттік органдарға Ведомствоаралық комиссияның қарауына арналған мемлекеттік көрсетілетін қызметтің сауалнама парағын толтыруға көмектеседі.
    
    Бастау үшін уәкілетті органның шақыруы қажет: шақырудағы сілтемені ашыңыз немесе шақыру кодын хабарлама ретінде жіберіңіз (мысалы, <code>ABCD-EFGH-JK</code>).
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
home-empty = Сізге әзірге бірде-бір қызмет тағайындалмаған. Уәкілетті орган қызметтер тізбесін жібергенде, бот хабарлама жібереді.
home-item = { $n }. { $service } — { $status }, мерзімі: { $due }
home-pick = Қызметті таңдаңыз:
home-more = …тағы { $count }
status-not-started = басталмаған
status-in-progress = толтырылғаны: { $answered } / { $total }
status-submitted = жіберілді
status-returned = пысықтауға қайтарылды
status-accepted = қабылданды
status-overdue = мерзімі өтті
btn-my-questionnaires = 📋 Менің сауалнама парақтарым

## questionnaire navigation
qn-header = <b>{ $service }</b>
qn-current = Қазіргі жауап: { $answer }
qn-current-justification = Қазіргі негіздеме: { $text }
btn-back = ◀ Артқа
btn-save-exit = 💾 Сақтап шығу
btn-keep = Өзгертпеу
btn-none = Ондай жоқ
qn-saved-exit = Жауаптар сақталды. Жалғастыру үшін /start басыңыз.
qn-use-buttons = Жауапты сұрақтың астындағы батырмамен таңдаңыз.
qn-text-only = Мәтінмен жауап беріңіз.
unknown-command = Ондай команда жоқ. Бот командалары: /start — менің сауалнама парақтарым, /language — тілді ауыстыру, /help — анықтама. Команда жауап ретінде сақталмайды.
update-failed-repeat = ⚠️ Уақытша ақауға байланысты соңғы хабарламаңыз немесе батырманы басуыңыз өңделмеді. Қайталауыңызды сұраймыз.
qn-moved-on = Бот келесі қадамға өтіп кеткен, сондықтан бұл хабарлама оның жауабы ретінде сақталмады. Төмендегі сұраққа жауап беріңіз.
qn-reply-to-old = Бұл басқа қадамға (№{ $no } сұраққа) берілген жауап, ал бот қазір төмендегі сұрақтың жауабын күтіп тұр, сондықтан хабарлама сақталмады. Бұрынғы жауапты өзгерту үшін жауаптарды тексеру бөліміндегі сұрақ нөмірі бар батырманы пайдаланыңыз.
edit-not-applied = Жіберілген хабарламаны өзгерту сақталған жауапты өзгертпейді. Жауапты түзету үшін /start арқылы сауалнама парағын ашып, жауаптарды тексеруге өтіңіз де, сұрақ нөмірі бар батырманы басыңыз.
qn-too-long = Хабарлама тым ұзын: { $max } таңбадан аспауы керек. Қысқартыңыз.
qn-stale = Бұл сұрақ енді белсенді емес.
qn-read-only = Сауалнама парағы жіберілді, оны тек оқуға болады.
qn-not-saved-locked = Жауап сақталмады: сауалнама парағы жіберіліп қойған (мүмкін, әріптесіңіз жіберген), енді оны өзгертуге болмайды. Сіздің мәтініңіз: <i>{ $text }</i>
qn-returned = «{ $service }» сауалнама парағы пысықтауға қайтарылды. Уәкілетті органның түсініктемесі: { $comment }

## review and submit
review-title = <b>Жауаптарды тексеру</b> — { $service }
review-part = ({ $part }-бөлік, барлығы { $parts })
review-item = <b>{ $n }. { $title }</b>
    Параметр: { $answer }
    Негіздеме: { $justification }
review-missing = — жауап жоқ —
review-clipped = (қысқартылды: толық мәтін сақталды, уәкілетті орган оны панельден көреді)
review-edit-hint = Жауапты өзгерту үшін оның нөмірі бар батырманы басыңыз.
btn-edit = ✏️ { $n }
btn-submit = 📤 Жіберу
btn-confirm-submit = Иә, жіберу
btn-cancel = Бас тарту
btn-attach-note = 📎 Түсіндірме жазба
btn-add-proposals = 💡 Қосымша ұсыныстар
review-materials = Түсіндірме жазба: { $note }
    Қосымша ұсыныстар: { $proposals }
review-material-none = жоқ
review-material-file = { $name } файлы ({ $size })
review-material-text = мәтін, { $chars } таңба
submit-confirm = «{ $service }» сауалнама парағын уәкілетті органға жібересіз бе? Жіберілгеннен кейін жауаптарды тек пысықтауға қайтарылған жағдайда ғана өзгертуге болады.
submit-incomplete = Жібермес бұрын барлық сұраққа жауап беріңіз: № { $missing } сұрақтарға жауап берілмеген.
submit-done = ✅ «{ $service }» сауалнама парағы жіберілді. Рақмет!
submit-already = Сауалнама парағы жіберіліп қойған.
submit-cancelled = Жіберу тоқтатылды. Жауаптар сақталды.

## materials (p.8)
material-note-ask = Түсіндірме жазбаны (еркін нысанда) 20 МБ-қа дейінгі PDF, DOC, DOCX немесе ODT файл түрінде не мәтін түрінде жіберіңіз.
material-proposals-ask = Қызметті оңтайландыру және автоматтандыру бойынша қосымша ұсыныстарды жазыңыз.
material-saved = Сақталды.
material-bad-type = Бұл файл түрі қабылданбайды. PDF, DOC, DOCX немесе ODT жіберіңіз.
material-bad-content = Файлдың мазмұны оның кеңейтіміне сәйкес келмейді: бұл PDF, DOC, DOCX немесе ODT құжаты емес. Құжаттың өзін жіберіңіз.
material-too-big = Файл 20 МБ-тан үлкен. Telegram боттарға мұндай файлдарды жүктеп алуға мүмкіндік бермейді: файлды сығыңыз немесе сілтемесін мәтінмен жіберіңіз.
material-download-failed = Файлды алу мүмкін болмады. Қайталап көріңіз.

## questionnaire
# Appendix 2: parameter names (official wording), answer prompts, errors and summaries.
# Owned by src/domain/questions.ts and src/domain/answers.ts; same keys in ru.ftl.
q-questionnaire-title = Мемлекеттік қызметтер көрсету мәселелері жөніндегі ведомствоаралық комиссияның қарауына жататын мемлекеттік көрсетілетін қызметтің сауалнама парағы
col-no = №
col-name = Параметр атауы
col-param = Параметр
col-justification = Негіздеме
q-title-1 = Қызмет қаншалықты сұранысқа ие? (статистикасы)
q-title-2 = Қызметті қағаз түрден тек электрондық түрге ауыстыру мүмкін бе?
q-title-3 = Қызмет көрсету нәтижесін қағаз түрден тек электрондық түрге ауыстыру мүмкін бе?
q-title-4 = Қызмет көрсету мерзімін қаншалықты қысқартуға болады?
q-title-5 = Қандай құжаттарды талап етілетін құжаттар тізбесінен, оның ішінде ақпараттық жүйелерден мәліметтер алу арқылы алып тастауға болады?
q-title-6 = Қызмет көрсету процесінен алқалы органдардың отырыстары рәсімдерін (болған жағдайда) алып тастау мүмкін бе?
q-title-7 = Қызмет көрсету кезінде қызмет берушінің қатысуын (оның ішінде шешім қабылдау және нәтижеге қол қою процесін) толық алып тастауға бола ма?
q-title-8 = Осы қызметті бір реттік пароль арқылы көрсету мүмкін бе?
q-title-9 = Осы қызметті проактивті қызметке ауыстыру мүмкін бе?
q-title-10 = Қызметті басқа қызметтермен композитті түрде көрсету мүмкін бе?
q-title-11 = Қолмен толтырылатын жолдарды қысқарту мүмкін бе? (қызмет "электрондық үкімет" порталы арқылы көрсетілген жағдайда)
q-title-12 = Қызметті алуға құжаттарды тапсыру және нәтижесін алуды қызмет беруші арқылы немесе Мемлекеттік корпорация арқылы алып тастау мүмкін бе?
q-title-13 = Қызметті көрсетуде қолданыстағы ақпараттық жүйе бар ма? (әзірлеушіні көрсету)
q-title-14 = Ақпараттық жүйе басқа ақпараттық жүйелермен (болса, қандай жүйелермен) интеграцияланған ба?
q-hint-1 = Соңғы жылы көрсетілген қызметтер санын жазыңыз (төрт жылға дейінгі деректі енгізуге болады: { $firstYear }–{ $lastYear }), әр жылды жеке жолға жазыңыз, мысалы: «{ $lastYear }: 1 234». Жылы көрсетілмеген жалғыз сан { $lastYear } жылға жатқызылады.
q-hint-2 = Жауапты таңдаңыз: иә, жоқ немесе ішінара.
q-hint-3 = Жауапты таңдаңыз: иә, жоқ немесе ішінара.
q-hint-4 = Қызмет көрсетудің қазіргі мерзімін көрсетіңіз, мысалы: «15 жұмыс күні», «10 күнтізбелік күн», «3 сағат» немесе «30 минут».
q-hint-5 = Алып тастауға болатын құжаттарды әр жолға біреуден жазыңыз (бірнеше хабарламамен де болады, барлығы ең көбі { $max }) немесе «Ондай құжаттар жоқ» батырмасын басыңыз.
q-hint-6 = Жауапты таңдаңыз: иә, жоқ; алқалы органның отырысы көзделмесе — «Қолданылмайды».
q-hint-7 = Жауапты таңдаңыз: иә, жоқ немесе ішінара.
q-hint-8 = Жауапты таңдаңыз: иә немесе жоқ.
q-hint-9 = Жауапты таңдаңыз: иә немесе жоқ.
q-hint-10 = Жауапты таңдаңыз: иә немесе жоқ. «Иә» деп жауап берсеңіз, композитті түрде көрсетуге болатын қызметтерді атап шығыңыз.
q-hint-11 = Жауапты таңдаңыз: иә, жоқ; қызмет портал арқылы көрсетілмесе — «Қолданылмайды». «Иә» деп жауап берсеңіз, қолмен толтырылатын жолдарды қаншадан қаншаға дейін қысқартуға болатынын көрсетіңіз.
q-hint-12 = Жауапты таңдаңыз: иә немесе жоқ.
q-hint-13 = Жауапты таңдаңыз: иә немесе жоқ. «Иә» деп жауап берсеңіз, жүйенің атауын және әзірлеушісін көрсетіңіз.
q-hint-14 = Жауапты таңдаңыз: иә немесе жоқ. «Иә» деп жауап берсеңіз, интеграция жасалған ақпараттық жүйелерді атап шығыңыз.
choice-yes = Иә
choice-no = Жоқ
choice-partly = Ішінара
choice-na = Қолданылмайды
choice-none = Ондай құжаттар жоқ
choice-cannot-shorten = Қысқарту мүмкін емес
choice-done = ✅ Дайын
choice-individuals = Жеке тұлғалар
choice-entities = Заңды тұлғалар
choice-both = Жеке және заңды тұлғалар
choice-exclude = Алып тастау
choice-keep = Қалдыру
unit-workDays = Жұмыс күні
unit-calendarDays = Күнтізбелік күн
unit-hours = Сағат
unit-minutes = Минут
ask-justification = <b>Негіздеме.</b> Жауапты қысқаша түсіндіріңіз ({ $max } таңбадан аспауы керек).
ask-term-current-unit = Мерзімнің ({ $amount }) өлшем бірлігін таңдаңыз.
ask-term-target = Мерзімді қаншаға дейін қысқартуға болады? Мысалы, «10 жұмыс күні»; бірлігі жазылмаған сан қазіргі мерзімнің бірлігімен есептеледі. Қысқарту мүмкін болмаса, «Қысқарту мүмкін емес» батырмасын басыңыз.
ask-list-services = Композитті түрде көрсетуге болатын қызметтерді әр жолға біреуден жазыңыз (бірнеше хабарламамен де болады, барлығы ең көбі { $max }).
ask-list-systems = Жүйе интеграцияланған ақпараттық жүйелерді әр жолға біреуден жазыңыз (бірнеше хабарламамен де болады, барлығы ең көбі { $max }).
ask-list-more = Қосылған тармақтар: { $count }. Келесісін жіберіңіз немесе «Дайын» батырмасын басыңыз.
ask-range = Қолмен толтырылатын жолдарды қаншадан қаншаға дейін қысқартуға болады? Мысалы: «12 → 5» немесе «12-ден 5-ке».
ask-system-name = Қолданыстағы ақпараттық жүйенің атауын көрсетіңіз.
ask-system-developer = Ақпараттық жүйенің әзірлеушісін көрсетіңіз.
err-empty = Жауап бос болмауы керек.
err-too-long = Мәтін тым ұзын: { $max } таңбадан аспауы керек, қазір { $length } таңба.
err-number = Теріс емес бүтін сан енгізіңіз, мысалы: 1 234.
err-number-negative = Сан теріс болмауы керек.
err-number-integer = Бөлшек бөлігі жоқ бүтін сан енгізіңіз.
err-number-too-large = Сан тым үлкен: ең көбі { $max }.
err-number-positive = Мерзім нөлден үлкен болуы керек.
err-demand-format = Жауапты тану мүмкін болмады. Әр жылды жеке жолға «жыл: саны» түрінде жазыңыз, мысалы: «{ $lastYear }: 1 234», немесе { $lastYear } жыл үшін бір сан жазыңыз.
err-demand-year = { $year } жыл сәйкес келмейді: { $min }–{ $max } жылдарды көрсетіңіз.
err-demand-duplicate = { $year } жыл екі рет көрсетілген.
err-term-format = Мерзімді тану мүмкін болмады. Мысалдар: «15 жұмыс күні», «10 күнтізбелік күн», «3 сағат», «30 минут».
err-term-unit = Өлшем бірлігін батырмамен таңдаңыз: жұмыс күні, күнтізбелік күн, сағат немесе минут.
err-term-days-kind = Бірлігін нақтылаңыз: жұмыс күні ме, күнтізбелік күн бе, мысалы: «10 жұмыс күні».
err-term-exceeds = Жаңа мерзім қызмет көрсетудің қазіргі мерзімінен аспауы керек.
err-term-same = Жаңа мерзім қазіргі мерзімге тең, бұл қысқарту емес. Мерзімді қысқарту мүмкін болмаса, «Қысқарту мүмкін емес» батырмасын басыңыз.
err-list-empty = Кемінде бір тармақ қосыңыз.
err-list-too-many = Тармақтар тым көп: барлығы ең көбі { $max }.
err-list-item-too-long = { $no }-тармақ тым ұзын: { $max } таңбадан аспауы керек.
err-range-format = Екі бүтін сан көрсетіңіз — жолдар қаншадан қаншаға дейін, мысалы: «12 → 5» немесе «12-ден 5-ке».
err-range-order = Екінші сан (қанша жол қалады) біріншісінен үлкен болмауы керек.
err-range-same = Жолдар саны өзгермейді, бұл қысқарту емес. Қысқарту мүмкін болмаса, «◀ Артқа» батырмасын басып, «Жоқ» жауабын таңдаңыз.
err-use-buttons = Жауапты сұрақтың астындағы батырмамен таңдаңыз.
err-invalid-answer = Жауаптың пішімі дұрыс емес. Сұраққа қайта жауап беріңіз.
sum-unanswered = толтырылмаған
sum-demand-year = { $year } ж.: { $count }
sum-dur-workDays = { $amount } жұмыс күні
sum-dur-calendarDays = { $amount } күнтізбелік күн
sum-dur-hours = { $amount } сағат
sum-dur-minutes = { $amount } минут
sum-term = { $current } → { $target }
sum-term-fixed = { $current }; қысқарту мүмкін емес
sum-yes-list = Иә: { $items }
sum-range = Иә: { $from } → { $to }
sum-yes-term = Иә: { $current } → { $target }
sum-system = Иә: { $name } (әзірлеуші: { $developer })
sum-na-auto = Қолданылмайды: қолданыстағы ақпараттық жүйе жоқ (13-параметр).
q-progress = Сұрақ { $no } / { $total }


## access: invitations, admin login codes (src/bot/features/invite.ts, src/access/*)
invite-welcome = Қош келдіңіз! Сіз мемлекеттік органның өкілі ретінде қосылдыңыз: <b>{ $agency }</b>.
invite-admin-linked = Telegram аккаунтыңыз әкімші панеліне байланыстырылды ({ $name }). Кіру кодтары мен жиынтық хабарламалар осында келеді.
invite-wrong = Код табылмады. Оны тексеріп, қайта көріңіз. Бір сағат ішінде 5 рет қате енгізілсе, код енгізу бір сағатқа бұғатталады.
invite-expired = Бұл шақырудың қолданылу мерзімі өтті. Уәкілетті органнан жаңа шақыру сұраңыз.
invite-used = Бұл шақыру бұрын пайдаланылған. Әр код бір рет қана жарамды — уәкілетті органнан өзіңізге арналған шақыру сұраңыз.
invite-revoked = Бұл шақырудың күшін уәкілетті орган жойды. Жаңа шақыру сұраңыз.
invite-locked = Қате кодтар тым көп енгізілді. Қайта көруге болатын уақыт: { $time }.
login-code = Кіру кодыңыз: <code>{ $code }</code>. { $minutes } минут ішінде жарамды. Егер оны сіз сұрамаған болсаңыз, бұл хабарламаны елемеңіз.

## reminders and the overdue digest (src/jobs/reminders.ts)
remind-before =
    ⏰ <b>{ $service }</b>
    Сауалнама парағын жіберу мерзімі: { $due }. Қалған жұмыс күндері: { $days }.
    Толтырылғаны: { $answered } / { $total }.
remind-due =
    ⏰ <b>{ $service }</b>
    Сауалнама парағын жіберудің соңғы күні: { $due }.
    Толтырылғаны: { $answered } / { $total }.
remind-overdue =
    ⚠️ <b>{ $service }</b>
    Сауалнама парағын жіберу мерзімі ({ $due }) өтті, кешігу: { $days } жұмыс күні.
    Толтырылғаны: { $answered } / { $total }. Толтыруды аяқтап, жіберуіңізді сұраймыз.
remind-returned =
    ↩️ <b>{ $service }</b>
    Сауалнама парағы пысықтауға қайтарылды. Толтырылғаны: { $answered } / { $total }. Жауаптарды түзетіп, қайта жіберіңіз.
remind-open = 📝 Сауалнама парағын ашу
digest-title =
    ⚠️ <b>Мерзімі өткен сауалнама парақтары</b>
    Мерзімі: { $due }
    Жіберілмеген сауалнама парақтары — қызметтер: { $services }, мемлекеттік органдар: { $agencies }.
digest-unreachable = (Telegram-да қолжетімсіз: { $n })
digest-more = …тағы { $n } мемлекеттік орган — әкімші панелін қараңыз.

## admin panel (admin/*)
admin-app-name = Мемлекеттік қызметтерді оңтайландыру
admin-nav-label = Бөлімдер
admin-nav-dashboard = Жиынтық
admin-nav-responses = Сауалнама парақтары
admin-nav-campaigns = Науқандар
admin-nav-agencies = Мемлекеттік органдар
admin-nav-services = Қызметтер
admin-nav-officials = Қызметкерлер
admin-nav-invites = Шақырулар
admin-nav-admins = Панель пайдаланушылары
admin-nav-audit = Журнал
admin-nav-playground = Сынақ алаңы
admin-logout = Шығу
admin-role-secretary = хатшы
admin-role-member = Комиссия мүшесі
admin-forbidden = Құқық жеткіліксіз: сіз тек қарай аласыз.
admin-not-found = Табылмады.
admin-error-401 = Сессия аяқталды: қайта кіріңіз.
admin-error-403 = Сессия ескірді, бетті жаңартыңыз.
admin-error-404 = Бет табылмады.
admin-error-413 = Файл тым үлкен: ең көбі { $max }.
admin-error-500 = Сервердің ішкі қатесі. Қайталап көріңіз.
admin-yes = иә
admin-no = жоқ
admin-save = Сақтау
admin-add = Қосу
admin-edit = Өзгерту
admin-remove = Алып тастау
admin-back = Артқа
admin-archive = Мұрағатқа
admin-archive-confirm = Мұрағатқа жібересіз бе? Жазба таңдау кезінде ұсынылмайды; оны мұрағаттан қайтаруға болады.
admin-unarchive = Мұрағаттан қайтару
admin-archived = мұрағатта
admin-show-archived = Мұрағаттағыларды көрсету
admin-hide-archived = Мұрағаттағыларды жасыру
admin-saved = Сақталды.
admin-imported = Импорт орындалды.
admin-status-unchanged = Мәртебесі бұрын өзгертілген, ештеңе істелмеді.
admin-form-has-errors = Формадағы қателерді түзетіңіз.
admin-found = Табылғаны: { $count }
admin-list-truncated = Алғашқы { $count } көрсетілді; сүзгіні нақтылаңыз.
admin-prev = Артқа
admin-next = Әрі қарай
admin-pages = Беттер
admin-err-required = Бұл өрісті толтырыңыз.
admin-err-invalid = Мәні дұрыс емес.
admin-err-too-long = Мәні тым ұзын.
admin-err-code-format = Код: әріптер, цифрлар, нүкте, сызықша, қиғаш сызық, бос орынсыз.
admin-err-code-taken = Мұндай код бар.
admin-err-date = Күнді ЖЖЖЖ-АА-КК пішімінде көрсетіңіз.
admin-err-year = Жылды 2015 пен 2100 аралығында көрсетіңіз.
admin-err-number = Рұқсат етілген шектегі бүтін санды көрсетіңіз.
admin-err-time = Уақытты СС:ММ пішімінде көрсетіңіз.
admin-err-days = 1-ден 60-қа дейінгі сандарды үтір арқылы жазыңыз.
admin-err-policy = Жіберу уақыты «тыныш сағаттар» басталғанға дейін болуы керек.
admin-err-due-before-sent = Мерзім тізбе жіберілген күннен ерте болмауы керек.
admin-err-unknown-codes = Тізілімде жоқ қызмет кодтары бар.
admin-err-comment-required = Түсініктеме жазыңыз: нені пысықтау керек.
admin-login-title = Кіру
admin-login-intro = Атыңызды (панельдегідей) немесе Telegram ID енгізіңіз. Бот сізге бір реттік код жібереді.
admin-login-name = Аты немесе Telegram ID
admin-login-send-code = Код алу
admin-login-code-sent = Аты дұрыс көрсетілсе, бот сізге Telegram-ға код жіберді. Ол 5 минут жарамды. Код келмеді ме? Атыңызды тексеріңіз, ботты ашып, «Бастау» (Start) батырмасын басыңыз немесе хатшыдан Telegram-ды байланыстыруды сұраңыз.
admin-login-code = Telegram-дағы код
admin-login-enter = Кіру
admin-login-again = Кодты қайта сұрау
admin-login-rate-limited = Әрекет тым көп. Бірнеше минут күтіңіз.
admin-login-wait = Код бір минуттан аз уақыт бұрын жіберілді. Бір минут күтіп, қайта сұраңыз.
admin-login-code-format = Код 6 цифрдан тұрады.
admin-login-code-wrong = Код қате.
admin-login-code-expired = Кодтың мерзімі өтті. Жаңасын сұраңыз.
admin-login-code-used = Бұл код пайдаланылған. Жаңасын сұраңыз.
admin-login-code-too-many-attempts = Қате әрекет тым көп. Жаңа код сұраңыз.
admin-login-code-none = Код сұралмаған. Код сұраңыз.
admin-setup-title = Алғашқы іске қосу
admin-setup-intro = Панельдің алғашқы пайдаланушысын — Комиссия хатшысын жасаңыз.
admin-setup-create = Жасау
admin-setup-invalid = Сілтеме жарамсыз немесе ескірген. Жаңасын алу үшін серверді қайта іске қосыңыз.
admin-setup-done-title = Хатшы жасалды
admin-setup-done = { $name }, сіз панельге кірдіңіз. Келесі жолы кодпен кіру үшін Telegram-ды байланыстырыңыз.
admin-setup-continue = Панельге өту
admin-field-admin-name = Аты-жөні
admin-field-language = Тіл
admin-field-name-kk = Атауы (қаз.)
admin-field-name-ru = Атауы (орыс.)
admin-field-position = Лауазымы
admin-field-year = Жыл
admin-field-title = Атауы
admin-field-value = параметр
admin-field-justification = негіздеме
admin-dashboard-title = Науқан бойынша жиынтық
admin-dashboard-no-campaign = Әзірге науқан жоқ.
admin-dashboard-by-status = Мәртебелер бойынша
admin-dashboard-by-agency = Мемлекеттік органдар бойынша
admin-dashboard-reminders = Еске салу хабарламалары
admin-reminders-sent = жіберілді
admin-reminders-failed = жеткізілмеді
admin-reminders-unreachable = Telegram-да қолжетімсіз қызметкерлер
admin-state-not-started = басталмаған
admin-state-in-progress = толтырылуда
admin-state-submitted = жіберілді
admin-state-returned = пысықтауда
admin-state-accepted = қабылданды
admin-state-overdue = мерзімі өткен
admin-chart-title = Жіберілген сауалнама парақтары күндер бойынша
admin-chart-due = мерзім
admin-chart-empty = Деректер жоқ.
admin-chart-caption = { $total } ішінен { $count } жіберілді.
admin-filter-search = Іздеу
admin-filter-state = Мәртебе
admin-filter-any-state = Кез келген мәртебе
admin-filter-any-agency = Кез келген мемлекеттік орган
admin-filter-apply = Көрсету
admin-filter-from = Күннен бастап
admin-filter-to = Күнге дейін
admin-col-code = Код
admin-col-service = Қызмет
admin-col-agency = Мемлекеттік орган
admin-col-state = Мәртебе
admin-col-answered = Толтырылғаны
admin-col-submitted = Жіберілген уақыты
admin-col-total = Барлығы
admin-col-done = Дайын
admin-col-name = Аты-жөні
admin-col-last-seen = Соңғы белсенділік
admin-col-reachable = Telegram-да қолжетімді
admin-col-role = Рөлі
admin-col-telegram = Telegram
admin-col-when = Қашан
admin-col-who = Кім
admin-col-action = Әрекет
admin-col-entity = Объект
admin-col-before = Бұрынғы мәні
admin-col-after = Жаңа мәні
admin-col-field = Өріс
admin-col-date = Күні
admin-col-kind = Түрі
admin-col-note = Ескертпе
admin-responses-title = Сауалнама парақтары
admin-campaign = Науқан
admin-campaign-due = Мерзімі
admin-campaign-list-sent = Тізбе жіберілген күн
admin-campaign-not-sent = тізбе әлі жіберілмеген
admin-export-xlsx = XLSX жүктеп алу
admin-export-csv = CSV жүктеп алу (бөлгіш «;»)
admin-export-docx = DOCX жүктеп алу
admin-doc-language = Кесте тілі
admin-return-comment = Пысықтауға арналған түсініктеме
admin-accept = Қабылдау
admin-accept-confirm = Сауалнама парағын қабылдайсыз ба? Мемлекеттік органның қызметкерлеріне хабарлама жіберіледі.
admin-return = Пысықтауға қайтару
admin-accepted = Сауалнама парағы қабылданды.
admin-returned = Сауалнама парағы пысықтауға қайтарылды.
admin-materials = Материалдар
admin-material-note = Түсіндірме жазба
admin-material-proposals = Қосымша ұсыныстар
admin-history = Өзгерістер тарихы
admin-history-empty = Әзірге өзгеріс жоқ.
admin-notify-accepted = «{ $service }» қызметі бойынша сауалнама парағын уәкілетті орган қабылдады.
admin-notify-returned = «{ $service }» қызметі бойынша сауалнама парағы пысықтауға қайтарылды. Түсініктеме: { $comment }
    Оны ашу үшін /start басыңыз.
admin-notify-list = Уәкілетті орган { $year } жылға арналған мемлекеттік көрсетілетін қызметтер тізбесін жіберді. Толтыруыңыз қажет сауалнама парақтарының саны: { $count } (мерзімі — { $due }). Бастау үшін /start басыңыз.
admin-campaigns-title = Науқандар
admin-campaign-new = Жаңа науқан
admin-campaign-default-title = Мемлекеттік көрсетілетін қызметтерді қарау, { $year } жыл
admin-campaign-due-hint = Көрсетілмесе, тізбе жіберілген күннен бастап бір ай (жұмыс күнтізбесі бойынша) есептеледі.
admin-campaign-services = Қызметтер
admin-campaign-pick = Қызметтерді таңдаңыз (бірнешеуі үшін Ctrl немесе Cmd)
admin-campaign-codes = Немесе қызмет кодтарын жазыңыз
admin-campaign-codes-hint = Бос орын, үтір арқылы немесе жаңа жолдан.
admin-campaign-codes-file = Немесе registry_code бағаны бар CSV/XLSX файлын жүктеп салыңыз
admin-campaign-create = Науқан жасау
admin-campaign-add-services = Қызметтер қосу
admin-campaign-add = Қосу
admin-campaign-edit = Науқанды өзгерту
admin-campaign-send = Тізбені жіберу
admin-campaign-resend = Қайта хабарлау
admin-campaign-send-help = Тізбедегі мемлекеттік органдардың қызметкерлері толтыратын сауалнама парақтары мен мерзімі туралы Telegram-да хабарлама алады.
admin-campaign-resend-help = Тізбе бұрын жіберілген. Қайта жіберу бүгін хабар алмаған қызметкерлерге хабарлайды.
admin-campaign-send-confirm = Тізбені жіберіп, қызметкерлерге хабарлайсыз ба?
admin-campaign-sent = Тізбе жіберілді. Қызметкерлер: { $officials }, жіберілді: { $sent }, жеткізілмеді: { $failed }, өткізіп жіберілді: { $skipped }.
admin-campaign-status-draft = жоба
admin-campaign-status-sent = тізбе жіберілді
admin-campaign-status-closed = жабылды
admin-campaign-status-cancelled = күші жойылды
admin-campaign-close = Науқанды жабу
admin-campaign-close-help = Жабылған науқан жиынтықта қалады және оның файлдарын жүктеп алуға болады, бірақ ол бойынша еске салу хабарламалары енді жіберілмейді.
admin-campaign-close-confirm = Науқанды жабасыз ба? Қызметкерлерге еске салу хабарламалары тоқтатылады.
admin-campaign-closed-notice = Науқан жабылды: ол бойынша еске салу хабарламалары жіберілмейді.
admin-campaign-cancel = Науқанның күшін жою
admin-campaign-cancel-help = Қате жасалған науқан үшін: ол науқандар арасында «күші жойылды» белгісімен қалады және науқанды таңдағанда ұсынылмайды.
admin-campaign-cancel-reason = Күшін жою себебі
admin-campaign-cancel-confirm = Науқанның күшін жоясыз ба? Себебі өзгерістер журналына жазылады.
admin-campaign-cancelled-notice = Науқанның күші жойылды: ол науқанды таңдағанда ұсынылмайды және жіберілмейді.
admin-campaign-remove-service-confirm = Қызметті науқаннан алып тастайсыз ба?
admin-policy-title = Еске салу хабарламалары
admin-policy-before = Мерзімге дейін неше жұмыс күні қалғанда
admin-policy-before-hint = Мысалы: 7, 3, 1
admin-policy-on-due = Мерзім күні еске салу
admin-policy-overdue = Мерзім өткен соң — әр N жұмыс күні (0 — еске салмау)
admin-policy-returned = Қайтарылғандар — әр N жұмыс күні
admin-policy-send-at = Жіберу уақыты
admin-policy-quiet-from = Осы уақыттан кейін жібермеу
admin-calendar-title = Жұмыс күнтізбесі
admin-calendar-help = Жылға жарияланған демалыс күндерінің ауыстырылуы және қосымша жұмыс күндері. Қазақстанның мерекелері автоматты түрде ескеріледі.
admin-calendar-off = демалыс күні
admin-calendar-work = жұмыс күні
admin-agencies-title = Мемлекеттік органдар
admin-agency-new = Жаңа мемлекеттік орган
admin-agency-edit = Мемлекеттік органды өзгерту
admin-agencies-import = Мемлекеттік органдарды импорттау
admin-services-title = Мемлекеттік көрсетілетін қызметтер
admin-service-new = Жаңа қызмет
admin-service-edit = Қызметті өзгерту
admin-services-import = Қызметтерді импорттау
admin-import = CSV/XLSX-тен импорттау
admin-import-help = CSV (UTF-8 немесе 1251 кириллица, бөлгіш — үтір немесе нүктелі үтір) немесе XLSX файлы, бірінші жолы — тақырыптар: { $columns }.
admin-import-file = Файл
admin-import-preview = Тексеру
admin-import-no-file = Файлды таңдаңыз.
admin-import-unreadable = Файлды оқу мүмкін болмады.
admin-import-summary = Жолдар: { $total }, қатесіз: { $ok }, қатесі бар: { $bad }. Әзірге ештеңе жазылған жоқ.
admin-import-line = Жол
admin-import-errors = Қателер
admin-import-duplicate = код файлда қайталанады
admin-import-unknown-agency = мұндай коды бар мемлекеттік орган жоқ
admin-import-confirm = Жаңа және өзгерген жолдарды жазу ({ $count })
admin-import-again = Басқа файлды жүктеп салу
admin-import-limits = Бір файлда { $max } жолдан аспауы керек; үлкен файлды бөліктерге бөліңіз.
admin-import-too-many-rows = Файлда { $max } жолдан көп. Оны бөліктерге бөліп, кезекпен жүктеп салыңыз. Әзірге ештеңе жазылған жоқ.
admin-import-too-large = Архивтен шығарылған күйде XLSX файлы { $size } көлемінен үлкен: мұндай файл оқылмайды. Онда тек импортқа арналған кестені қалдырыңыз немесе оны CSV ретінде сақтаңыз.
admin-import-encoding = Файлдың кодтауы анықталмады: ол UTF-8 емес және 1251 кириллица кодтауы да емес. Кестені «CSV UTF-8» ретінде сақтап, қайта жүктеп салыңыз.
admin-import-encoding-detected = Файл UTF-8 кодтауында емес, 1251 кириллица кодтауында сақталған және сол кодтауда оқылды. Жазбас бұрын атауларды тексеріңіз.
admin-import-note-number = кестеде бұл — { $value } саны: басындағы нөлдер жоғалмағанын тексеріңіз
admin-import-note-number-format = { $from } саны ұяшық пішімі бойынша { $to } ретінде оқылды
admin-import-note-date = күн { $to } ретінде оқылды
admin-import-status = Не болады
admin-import-status-error = қате
admin-import-status-new = жаңа жазба
admin-import-status-changed = өзгереді
admin-import-status-unchanged = өзгеріссіз
admin-import-summary-diff = Жаңа: { $new }, өзгеретін: { $changed }, өзгеріссіз: { $unchanged }.
admin-import-views = Қай жолдарды көрсету
admin-import-show-all = Барлығы ({ $count })
admin-import-show-errors = Тек қателер ({ $count })
admin-import-show-changed = Өзгеретіндер ({ $count })
admin-import-show-new = Жаңалары ({ $count })
admin-import-show-unchanged = Өзгеріссіздер ({ $count })
admin-import-nothing = Қатесіз жолдардың бәрі тізілімге сәйкес келеді: жазатын ештеңе жоқ.
admin-import-stale = Бұл тексеру енді өзекті емес: файл жазылған немесе басқа файл жүктелген. Файлды қайта жүктеп салыңыз.
admin-import-moved = Тексеруден кейін тізілім өзгерді. Төменде — онымен қайта салыстырылған жолдар: оларды тексеріп, қайта жазыңыз.
admin-import-result = Жаңа: { $created }, өзгертілді: { $updated }, өзгеріссіз: { $unchanged }.
admin-err-replacement-char = Мәтінде оқылмайтын таңбалар бар: файлдың кодтауын тексеріңіз.
admin-export-csv-comma = Бөлгіші «,» болатын CSV
admin-export-submitted-only = (тек жіберілген сауалнама парақтары)
admin-export-with-drafts = Жобаларымен бірге (жеке бағанда белгіленеді)
admin-col-draft = Жоба
admin-draft-mark = жоба
admin-officials-title = Мемлекеттік органдардың қызметкерлері
admin-unreachable = қолжетімсіз
admin-unreachable-since = { $date } уақытынан бері қолжетімсіз
admin-invites-title = Шақырулар
admin-invite-new = Жаңа шақыру
admin-invite-target = Кімге
admin-invite-target-official = мемлекеттік органның қызметкері
admin-invite-target-admin = панель пайдаланушысы
admin-invite-admin = Панель пайдаланушысы
admin-invite-current-campaign = ағымдағы науқан
admin-invite-create = Шақыру жасау
admin-invite-created = Шақыру жасалды
admin-invite-how = Сілтемені ашыңыз немесе Telegram-да QR кодты сканерлеңіз, не болмаса кодты ботқа хабарлама ретінде жіберіңіз.
admin-invite-expires = Жарамдылық мерзімі
admin-invite-revoke = Күшін жою
admin-invite-revoke-confirm = Шақырудың күшін жоясыз ба?
admin-invite-revoked = Шақырудың күші жойылды.
admin-invite-state-ok = жарамды
admin-invite-state-expired = мерзімі өткен
admin-invite-state-used = пайдаланылған
admin-invite-state-revoked = күші жойылған
admin-admins-title = Панель пайдаланушылары
admin-admin-new = Жаңа пайдаланушы
admin-admin-edit-title = Панель пайдаланушысы: { $name }
admin-admin-deactivate = Кіруді жабу
admin-admin-reactivate = Кіруді ашу
admin-admin-inactive = кіру жабық
admin-admin-name-hint = Аты кіру кезінде енгізіледі: бас және кіші әріп пен бос орындарды есептемегенде, ол бірегей.
admin-err-name-taken = Мұндай аты бар пайдаланушы бар (бас және кіші әріп пен бос орындар ескерілмейді).
admin-err-last-secretary = Мүмкін емес: кемінде бір белсенді хатшы қалуы керек.
admin-playground-my-chat = Менің чатым (кіру кодтары)
admin-link-telegram = Telegram-ға шақыру
admin-audit-title = Өзгерістер журналы
admin-playground-title = Сынақ алаңы
admin-playground-off = Сынақ алаңы BOT_TOKEN берілмегенде кіріктірілген Telegram симуляторымен жұмыс істейді. Қазір бот нақты Telegram-ға қосылған.
admin-playground-intro = Мұнда кіріктірілген Telegram симуляторында сынақ қызметкер атынан ботпен сөйлесуге болады: хабарламалар, батырмалар, еске салу хабарламалары.
admin-playground-new = Жаңа сынақ қызметкер
admin-playground-create = Жасау және чатты ашу
admin-playground-empty = Әзірге хабарлама жоқ. /start жіберіңіз.
admin-playground-message = Хабарлама
admin-playground-send = Жіберу

## Commission: meetings, agenda, decisions, protocol, roadmaps (admin/routes/agenda.tsx, roadmaps.tsx, src/jobs/roadmap-reminders.ts)
meeting-nav = Отырыстар
roadmap-nav = Жол карталары
meeting-list-title = Ведомствоаралық комиссияның отырыстары
meeting-date = Күні
meeting-time = Уақыты
meeting-place = Өтетін орны
meeting-status = Мәртебесі
meeting-items = Мәселелер саны
meeting-status-draft = Күн тәртібінің жобасы
meeting-status-approved = Күн тәртібі бекітілді
meeting-status-held = Отырыс өткізілді
meeting-status-cancelled = Отырыс болдырылмады
meeting-none = Әзірге отырыстар жоқ.
meeting-new = Жаңа отырыс
meeting-default-date-hint = Әдепкі бойынша — айдың үшінші дүйсенбісі (жақын күні: { $date }).
meeting-create = Отырыс жасау
meeting-title = Отырыс: { $date }
meeting-edit = Күнін, уақытын және өтетін орнын өзгерту
meeting-save = Сақтау
meeting-cancel = Отырысты болдырмау
meeting-cancel-reason = Болдырмау себебі
meeting-cancel-confirm = Отырысты болдырмайсыз ба? Ол отырыстар арасында «болдырылмады» белгісімен қалады, ал себебі өзгерістер журналына жазылады.
meeting-cancelled-notice = Отырыс болдырылмады: оның күн тәртібі, жіберу және шешімдер қолжетімсіз.
meeting-err-not-yet = Отырыстың күні — { $date }: оны осы күннен бастап өткізілді деп белгілеуге болады.
agenda-title = Күн тәртібі (қарау кестесі)
agenda-doc-title = Мемлекеттік қызметтер көрсету мәселелері жөніндегі ведомствоаралық комиссия отырысының күн тәртібі
agenda-doc-when = Күні және уақыты: { $date }, { $time }
agenda-doc-place = Өтетін орны: { $place }
agenda-doc-version = № { $version } редакция
agenda-col-no = №
agenda-col-service = Мемлекеттік көрсетілетін қызмет
agenda-col-agency = Мемлекеттік орган
agenda-col-speaker = Баяндамашы
agenda-col-minutes = Минут
agenda-col-time = Уақыты
agenda-col-digest = Сауалнама парағы бойынша қысқаша
agenda-total = Барлығы: { $minutes } минут, аяқталу уақыты — { $end }
agenda-digest-demand = { $year } жылғы сұраныс: { $count }
agenda-digest-yes = иә: { $flags }
agenda-digest-partly = ішінара: { $flags }
agenda-digest-none = оңтайландыру мүмкіндіктері белгіленбеген
agenda-flag-e-only = тек электрондық түрде
agenda-flag-e-result = электрондық нәтиже
agenda-flag-no-staff = қызметкерлердің қатысуынсыз
agenda-flag-otp = бір реттік пароль
agenda-flag-proactive = проактивті қызмет
agenda-flag-composite = композитті қызмет
agenda-flag-no-alternative = балама арналарсыз
agenda-msg =
    📋 <b>Мемлекеттік қызметтер көрсету мәселелері жөніндегі ведомствоаралық комиссия отырысының күн тәртібі</b>
    { $date }, { $time } · { $place }
    { $items }
agenda-msg-link = Отырыс материалдары: { $link }
agenda-msg-docx = DOCX пішіміндегі күн тәртібі — келесі хабарламада.
agenda-msg-item = { $no }. { $time } — { $service } ({ $agency })
agenda-empty = Күн тәртібінде әзірге мәселелер жоқ.
agenda-print = Басып шығаруға арналған нұсқа
agenda-docx-kk = Күн тәртібі DOCX (қазақша)
agenda-docx-ru = Күн тәртібі DOCX (орысша)
agenda-send = Комиссия мүшелеріне жіберу
agenda-send-report = Жіберілді: { $sent }. Ботты бұғаттағандар: { $blocked }. Telegram байланыстырылмаған: { $unlinked }. Жіберу қателері: { $failed }.
agenda-send-blocked-list = Алмағандар (бот бұғатталған): { $names }
agenda-send-unlinked-list = Telegram байланыстырылмаған: { $names }
agenda-materials-deadline = Материалдарды Комиссия мүшелеріне жіберудің соңғы күні — { $date } (отырысқа дейін 3 жұмыс күнінен кешіктірілмей).
agenda-late-warning = Назар аударыңыз: жіберудің соңғы күні ({ $date }) өтті — материалдар Комиссия мүшелеріне отырысқа дейін 3 жұмыс күнінен кешіктірілмей жіберілуге тиіс.
agenda-frozen = Күн тәртібі бекітілді (№ { $version } редакция) және өзгертілмейді. Комиссия оны өзгерту туралы шешім қабылдаса, жаңа редакцияны ашыңыз.
agenda-up = Жоғары
agenda-down = Төмен
agenda-remove = Алып тастау
agenda-save-item = Сақтау
agenda-approve = Күн тәртібін бекіту
agenda-reopen = Күн тәртібін өзгерту (жаңа редакция)
agenda-mark-held = Отырысты өткізілді деп белгілеу
agenda-versions = Күн тәртібінің редакциялары
agenda-version-line = № { $version } редакция, { $date }, мәселелер саны: { $items }
agenda-candidates = Материалдары түскен қызметтер
agenda-filter-agency = Мемлекеттік орган
agenda-filter-any-agency = Барлық мемлекеттік органдар
agenda-filter-status = Сауалнама парағы
agenda-filter-any-status = Жіберілген немесе қабылданған
agenda-status-submitted = Жіберілген
agenda-status-accepted = Қабылданған
agenda-filter-search = Қызмет атауы немесе коды бойынша іздеу
agenda-filter-apply = Көрсету
agenda-candidates-found = Табылғаны: { $count }, көрсетілгені: { $shown }
agenda-add = Белгіленгендерді күн тәртібіне қосу
agenda-err-frozen = Күн тәртібі бекітілген: оны өзгерту үшін жаңа редакцияны ашыңыз.
agenda-err-state = Ағымдағы мәртебеде бұл әрекет қолжетімсіз.
agenda-err-not-approved = Тек бекітілген күн тәртібі жіберіледі: алдымен оны бекітіңіз.
agenda-err-already-sent = № { $version } редакция Комиссия мүшелеріне жіберіліп қойған ({ $date }). Ол қайта жіберілмейді; өзгерістерден кейін жаңа редакцияны бекітіңіз.
agenda-err-stale = Күн тәртібі өзгерді: қазір № { $version } редакция қолданыста. Оны тексеріп, жіберуді қайта растаңыз.
agenda-send-confirm-title = Күн тәртібін Комиссия мүшелеріне жіберу
agenda-send-confirm-text = Күн тәртібінің № { $version } редакциясын Telegram байланыстырылған Комиссия мүшелеріне ({ $count }) жібересіз бе?
agenda-send-once = Әрбір бекітілген редакция бір рет жіберіледі.
agenda-send-confirm-button = Иә, жіберу
agenda-sent-version = № { $version } редакция Комиссия мүшелеріне жіберілді: { $date }
agenda-approve-confirm = Күн тәртібін бекітесіз бе? Бекітілгеннен кейін ол тек жаңа редакция арқылы өзгертіледі.
agenda-reopen-confirm = Күн тәртібінің жаңа редакциясын ашасыз ба? Бекітілген редакция сақталады.
agenda-remove-confirm = Мәселені күн тәртібінен алып тастайсыз ба?
decision-title = Күн тәртібіндегі мәселелер бойынша шешімдер
decision-recommended = Оңтайландыруға және автоматтандыруға ұсынылды
decision-returned = Пысықтауға қайтарылды
decision-rejected = Қабылданбады
decision-none = Шешім жазылмаған
decision-note = Ескертпе
decision-save = Шешімді жазу
decision-roadmap-link = Жол картасы
decision-err-future = Шешімнің күні — отырыс күні ({ $date }), ал бұл күн әлі келген жоқ.
decision-change-confirm = Шешімді өзгертесіз бе? «Ұсынылды» шешімі алынып тасталса немесе қайта қабылданса, қызметтің жол картасы жабылады немесе қайта ашылады.
protocol-title = Мемлекеттік қызметтер көрсету мәселелері жөніндегі ведомствоаралық комиссия отырысының хаттамасы
protocol-present = Отырысқа қатысқан Комиссия мүшелері:
protocol-quorum-ok = Кворум бар: Комиссияның { $total } мүшесінің { $present } мүшесі қатысады (кемінде { $needed } мүше қажет).
protocol-quorum-no = Кворум жоқ: Комиссияның { $total } мүшесінің { $present } мүшесі қатысады (кемінде { $needed } мүше қажет).
protocol-agenda = Қаралған мәселелер және қабылданған шешімдер:
protocol-col-decision = Шешім
protocol-col-note = Ескертпе
protocol-chair = Комиссия төрағасы ____________________
protocol-secretary = Комиссия хатшысы ____________________
protocol-attendance = Комиссия мүшелерінің қатысуы
protocol-save-attendance = Қатысуды сақтау
protocol-no-members = Комиссия мүшелері енгізілмеген («Панель пайдаланушылары» бөлімі, «Комиссия мүшесі» рөлі).
protocol-docx-kk = Хаттама DOCX (қазақша)
protocol-docx-ru = Хаттама DOCX (орысша)
roadmap-list-title = Жол карталары
roadmap-title = Мемлекеттік көрсетілетін қызметті оңтайландыру және автоматтандыру жөніндегі жол картасы
roadmap-appendix =
    Мемлекеттік көрсетілетін
    қызметтерді оңтайландыру және
    автоматтандыру қағидаларына
    3-қосымша
roadmap-approved-block =
    «БЕКІТІЛДІ»
    ____________________
    20__ жылғы «__» ____________
roadmap-responsible-line = Жол картасын орындауға жауапты: { $agency }
roadmap-agreed-head =
    «КЕЛІСІЛДІ»
    Мемлекеттік орган басшысы
    ____________________ 20__ жылғы «__» ____________
roadmap-agreed-informatization =
    «КЕЛІСІЛДІ»
    Ақпараттандыру саласындағы уәкілетті орган басшысының орынбасары
    ____________________ 20__ жылғы «__» ____________
roadmap-agreed-interested =
    «КЕЛІСІЛДІ»
    Мүдделі мемлекеттік орган/мекеме (қажеттілікке байланысты)
    ____________________ 20__ жылғы «__» ____________
roadmap-col-no = №
roadmap-col-name = Іс-шаралар атауы
roadmap-col-responsible = Жауапты орындаушылар
roadmap-col-deadline = Орындалу мерзімі
roadmap-col-form = Аяқтау нысаны
roadmap-col-done = Орындалды (күні)
roadmap-activity-1 = Ұйымдастырушылық іс-шаралар
roadmap-activity-2 = Ақпараттық жүйелерді модификациялау және интеграциялау
roadmap-activity-3 = Нормативтік-құқықтық қамтамасыз ету
roadmap-activity-4 = Оңтайландырылған бизнес-процесті іске қосу
roadmap-activity-5 = Азаматтардың хабардарлығын арттыру
roadmap-filter-all = Барлығы: { $count }
roadmap-state-on-time = Мерзімінде
roadmap-state-late = Мерзімі бұзылған
roadmap-state-col = Орындалуы
roadmap-decided-col = Комиссия шешімі
roadmap-due-col = Бекітудің соңғы мерзімі
roadmap-progress-col = Орындалған іс-шаралар
roadmap-progress = { $total } ішінен { $done }
roadmap-status-draft = Жоба
roadmap-status-approved = Бекітілді
roadmap-status-closed = Жабылды
roadmap-state-closed = Комиссия шешімімен жабылды
roadmap-closed-notice = Қызмет бойынша Комиссия шешімі өзгерді: жол картасы жабылды және толтырылмайды.
roadmap-frozen = Жол картасы бекітілді (№ { $version } редакция) және өзгертілмейді. Өзгерістер енгізу үшін оны өзгертуге ашыңыз: бекітілген редакция сақталады.
roadmap-err-frozen = Жол картасы бекітілген және өзгертілмейді: алдымен оны өзгертуге ашыңыз.
roadmap-err-state = Жол картасының ағымдағы мәртебесінде бұл әрекет қолжетімсіз.
roadmap-err-dates = Орындау мерзімдері мен күндері Комиссия шешімінен ({ $date }) ерте болмауға тиіс, ал орындалған күн бүгінгі күннен ({ $today }) кеш болмауға тиіс. Белгіленген өрістерді түзетіңіз.
roadmap-err-before-decision = Комиссия шешімінен ерте
roadmap-err-future = Бұл күн әлі келген жоқ
roadmap-none = Әзірге жол карталары жоқ: олар Комиссияның «ұсынылды» шешімімен ашылады.
roadmap-decided = Комиссия шешімі: { $date }
roadmap-due = Бекітудің соңғы мерзімі: { $date }
roadmap-docx-kk = DOCX (қазақша)
roadmap-docx-ru = DOCX (орысша)
roadmap-act-done-on-time = Мерзімінде орындалды
roadmap-act-done-late = Мерзімі бұзылып орындалды
roadmap-act-pending = Орындалуда
roadmap-act-overdue = Мерзімі өтті
roadmap-act-unplanned = Мерзімі көрсетілмеген
roadmap-save = Іс-шараларды сақтау
roadmap-approve = Жол картасын бекіту
roadmap-approve-confirm = Жол картасын бекітесіз бе? Бекітілгеннен кейін ол өзгертілмейді.
roadmap-reopen = Өзгертуге ашу
roadmap-reopen-reason = Өзгерістер себебі
roadmap-reopen-confirm = Бекітілген жол картасын өзгертуге ашасыз ба? Оны қайта бекіту қажет болады.
roadmap-versions = Бекітілген редакциялар
roadmap-version-line = № { $version } редакция, бекітілген уақыты: { $date }
roadmap-notify =
    🗺 <b>{ $service }</b>
    Ведомствоаралық комиссия қызметті оңтайландыруға және автоматтандыруға ұсынды. Жол картасын (Қағидаларға 3-қосымша) бекітудің соңғы мерзімі — { $date }: әр іс-шара бойынша жауапты орындаушыларды, орындалу мерзімін және аяқтау нысанын көрсетіп, уәкілетті органға жіберіңіз.
roadmap-remind-before =
    ⏰ <b>{ $service }</b>
    Жол картасын бекітудің соңғы мерзімі — { $date }.
roadmap-remind-due =
    ⏰ <b>{ $service }</b>
    Бүгін — жол картасын бекітудің соңғы күні ({ $date }).
roadmap-remind-overdue =
    ⚠️ <b>{ $service }</b>
    Жол картасын бекіту мерзімі ({ $date }) өтті. Оны мүмкіндігінше тезірек ұсынуыңызды сұраймыз.
roadmap-activity-remind-before =
    ⏰ <b>{ $service }</b>
    Жол картасының «{ $activity }» іс-шарасы: орындалу мерзімі — { $date }.
roadmap-activity-remind-due =
    ⏰ <b>{ $service }</b>
    Бүгін — «{ $activity }» іс-шарасын орындаудың соңғы күні ({ $date }).
roadmap-activity-remind-overdue =
    ⚠️ <b>{ $service }</b>
    «{ $activity }» іс-шарасының орындалу мерзімі ({ $date }) өтті.

## Roadmap in the bot: officials fill in the activities (src/bot/features/roadmap)
rmbot-open = 🗺 Жол картасын толтыру
rmbot-stale = Бұл батырма енді белсенді емес.
rmbot-read-only = Жол картасы бекітілді: оны тек қарауға болады.
rmbot-due = Бекітудің соңғы мерзімі: { $date }
rmbot-choose = Жауапты орындаушыларды, орындалу мерзімін және аяқтау нысанын көрсету үшін іс-шараны таңдаңыз.
rmbot-choose-field = Нені толтырасыз?
rmbot-empty = —
rmbot-field-responsible = Жауапты орындаушылар
rmbot-field-deadline = Орындалу мерзімі
rmbot-field-form = Аяқтау нысаны
rmbot-btn-responsible = 👤 Жауапты орындаушылар
rmbot-btn-deadline = 📅 Орындалу мерзімі
rmbot-btn-form = 📄 Аяқтау нысаны
rmbot-btn-back = ◀ Жол картасына оралу
rmbot-ask-responsible = Жауапты орындаушыларды жазыңыз (300 таңбаға дейін).
rmbot-ask-deadline = Орындалу мерзімін КК.АА.ЖЖЖЖ пішімінде жазыңыз, мысалы: 15.05.2026.
rmbot-ask-form = Аяқтау нысанын жазыңыз (300 таңбаға дейін), мысалы: «Министрдің бұйрығы».
rmbot-err-length = Жауап 1 таңбадан { $max } таңбаға дейін болуы керек.
rmbot-err-date = Күнді тану мүмкін болмады. Оны КК.АА.ЖЖЖЖ пішімінде жазыңыз, мысалы: 15.05.2026.
rmbot-err-past = Орындалу мерзімі бүгінгі күннен ({ $today }) бұрын болмауы керек.
rmbot-text-only = Мәтінмен жауап беріңіз.
rmbot-saved = ✅ Сақталды.

## Annual report draft, 003 sections 1.3 and 3.1 (admin/reports, src/jobs/report-reminders.ts, src/bot/features/report.ts)
report-nav = Жылдық есеп
report-page-title = Жылдық есептің жобасы: 1.3 және 3.1 бөлімдері
report-form-year = Есепті жыл
report-form-top = Қызметтер саны (1.3-бөлім)
report-all-option = Барлық мемлекеттік органдар (уәкілетті орган)
report-deadline-note = { $year } жылғы есепті «электрондық үкімет» веб-порталында орналастырудың соңғы мерзімі: { $date } (Есепті қалыптастыру және ұсыну қағидаларының 9-тармағы).
report-docx-kk = DOCX (қазақша)
report-docx-ru = DOCX (орысша)
report-xlsx = XLSX (бастапқы деректер)
report-draft = ЖОБА
report-title = Мемлекеттік көрсетілетін қызметтерді көрсету мәселелері бойынша { $year } жылғы қызмет туралы есеп
report-agency = Мемлекеттік орган: { $agency }
report-all-agencies = Барлық мемлекеттік органдар бойынша жиынтық деректер (уәкілетті орган үшін)
report-basis = Жоба сауалнама парақтары (Мемлекеттік көрсетілетін қызметтерді оңтайландыру және автоматтандыру қағидаларына 2-қосымша), Мемлекеттік қызметтер көрсету мәселелері жөніндегі ведомствоаралық комиссияның шешімдері және жол карталары (Қағидаларға 3-қосымша) бойынша жасалды. Мәліметтердің жай-күйі: { $date }.
report-section-1 = 1. Жалпы ережелер
report-section-1-3 = 3) Неғұрлым сұранысқа ие мемлекеттік көрсетілетін қызметтер туралы ақпарат
report-demand-intro = { $year } жылы көрсетілген қызметтер саны бойынша неғұрлым сұранысқа ие мемлекеттік көрсетілетін қызметтер (сауалнама парағының 1-параметрі): барлығы { $total }, кестеде { $shown }.
report-demand-none = { $year } жылы көрсетілген қызметтердің саны бар ұсынылған сауалнама парақтары жоқ.
report-col-no = №
report-col-service = Мемлекеттік көрсетілетін қызмет
report-col-code = Қызмет коды
report-col-agency = Мемлекеттік орган
report-col-count = { $year } жылы көрсетілгені
report-col-rank = Орны
report-col-campaign = Сауалнама парағы (науқан жылы)
report-col-in-top = 1.3-бөлімге енгізілді
report-col-meeting = Отырыс күні
report-col-approved = Бекітілген күні
report-section-3 = 3. Мемлекеттік көрсетілетін қызметтерді көрсету процестерін жетілдіру жөніндегі қызмет
report-section-3-1 = 1) Мемлекеттік көрсетілетін қызметтерді көрсету процестерін автоматтандыру нәтижелері
report-considered = { $year } жылы Ведомствоаралық комиссия қараған мемлекеттік көрсетілетін қызметтер саны: { $count }.
report-col-decision = Комиссия шешімі
report-col-services = Қызметтер саны
report-roadmaps = { $year } жылы Комиссия шешімдерімен ашылған оңтайландыру және автоматтандыру жөніндегі жол карталарының (Қағидаларға 3-қосымша) саны: { $count }.
report-col-roadmaps = Жол карталарының саны
report-outcome-completed-on-time = Мерзімінде орындалды
report-outcome-completed-late = Мерзімі бұзылып орындалды
report-outcome-in-progress = Орындалуда
report-outcome-overdue = Орындалмады, мерзімі бұзылды
report-activities-intro = Жол карталары іс-шараларының орындалуы (мәліметтердің жай-күйі: { $date }):
report-col-activity = Іс-шара
report-proposals-intro = Қаралған қызметтер бойынша ұсыныстар: мемлекеттік органдардың сауалнама парақтарындағы жауаптары бойынша және Комиссия шешімдері бойынша (оңтайландыруға және автоматтандыруға ұсынылған қызметтер).
report-col-proposal = Ұсыныс
report-col-answered = Жауаптар бойынша
report-col-decided = Комиссия шешімдері бойынша
report-prop-term = Қызмет көрсету мерзімін қысқарту, қызметтер саны
report-prop-documents-services = Талап етілетін құжаттар тізбесінен құжаттарды алып тастау, қызметтер саны
report-prop-documents = Алып тасталатын құжаттар саны
report-prop-electronic = Тек электрондық түрге көшіру, қызметтер саны
report-prop-proactive = Проактивті қызметке көшіру, қызметтер саны
report-terms-title = Қызмет көрсету мерзімдерін қысқарту
report-col-term = Мерзімі: қолданыстағы → ұсынылатын
report-docs-title = Талап етілетін құжаттар тізбесінен алып тасталатын құжаттар
report-col-documents = Құжаттар
report-sheet-demand = 1.3 Сұранысқа ие қызметтер
report-sheet-considered = 3.1 Қаралған қызметтер
report-sheet-roadmaps = 3.1 Жол карталары
report-remind =
    📊 <b>{ $year } жылғы жылдық есептің жобасы дайын</b>
    1.3 (неғұрлым сұранысқа ие қызметтер) және 3.1 (автоматтандыру нәтижелері) бөлімдері сауалнама парақтары, Ведомствоаралық комиссияның шешімдері және жол карталары бойынша жасалды. Орналастыру алдында сандарды тексеріңіз.
    Есепті орналастырудың соңғы мерзімі: { $date }
btn-report-draft = 📄 Жобаны алу (DOCX)
report-bot-caption = { $year } жылғы жылдық есептің жобасы
report-bot-stale = Бұл батырма енді белсенді емес.

## Appendix 1: the business process and the proposals (src/domain/process.ts, src/bot/features/process)
p-section-current = Қолданыстағы қызмет көрсетудің бизнес-процесі
p-section-proposals = Ұсыныстар
p-section-proposed = Ұсынылатын қызмет көрсетудің бизнес-процесі
p-title-1 = Қолданыстағы бизнес-процестің қадамдары
p-title-2 = Сұралатын құжаттар
p-title-3 = Қызметті тұтынушылар
p-title-4 = Тек электрондық түрде көрсету
p-title-5 = Қағаз түрі
p-title-6 = Бір реттік пароль
p-title-7 = «Бір өтініш» қағидаты бойынша көрсету
p-title-8 = Проактивті түрде көрсету
p-title-9 = Толық автоматтандыру
p-title-10 = Мерзімдерді қысқарту
p-title-11 = Құжаттарды қысқарту
p-title-12 = Қадамдарды қысқарту
p-title-13 = Жолдарды қысқарту
p-title-14 = Көрсетілетін қызметті беруші арқылы балама
p-title-15 = Ұсынылатын бизнес-процестің қадамдары
p-title-16 = Оңтайландырудан кейін сұралатын құжаттар
p-hint-1 = Қолданыстағы бизнес-процестің қадамдарын ретімен, әр жолға біреуден жазыңыз (бірнеше хабарламамен де болады, барлығы ең көбі { $max }), содан соң «Дайын» батырмасын басыңыз. Процестің схемасын 1-қосымшаны тексеру бетінде тіркеуге болады.
p-hint-2 = Қазір көрсетілетін қызметті алушыдан талап етілетін құжаттарды әр жолға біреуден жазыңыз (барлығы ең көбі { $max }), содан соң «Дайын» батырмасын басыңыз. Құжаттар талап етілмесе, «Ондай құжаттар жоқ» батырмасын басыңыз.
p-hint-3 = Қызметті кім алады? Жауапты таңдаңыз: жеке тұлғалар, заңды тұлғалар немесе екеуі де.
p-hint-4 = Қызметті тек электрондық түрде көрсетуге бола ма? Жауапты таңдаңыз: иә немесе жоқ.
p-hint-5 = Қызметтің қағаз түрі: алып тастау немесе қалдыру. Жауапты таңдаңыз.
p-hint-6 = Қызметті бір реттік пароль арқылы көрсетуге бола ма? Жауапты таңдаңыз: иә немесе жоқ.
p-hint-7 = Қызметті басқа қызметтермен бірге «бір өтініш» қағидаты бойынша көрсетуге бола ма? «Иә» деп жауап берсеңіз, ол қызметтерді атап шығыңыз.
p-hint-8 = Қызметті проактивті түрде (өтінішсіз, көрсетілетін қызметті берушінің бастамасы бойынша) көрсетуге бола ма? Жауапты таңдаңыз: иә немесе жоқ.
p-hint-9 = Қызметті толық автоматтандыруға (қызмет берушінің қызметкерлері қатыспайтындай) бола ма? Жауапты таңдаңыз: иә немесе жоқ.
p-hint-10 = Қызмет көрсету мерзімін қысқартуға бола ма? «Иә» деп жауап берсеңіз, қаншадан қаншаға дейін екенін көрсетіңіз.
p-hint-11 = Сұралатын құжаттардың санын қысқартуға бола ма? «Иә» деп жауап берсеңіз, қаншадан қаншаға дейін екенін көрсетіңіз.
p-hint-12 = Процесс қадамдарының санын қысқартуға бола ма? «Иә» деп жауап берсеңіз, қаншадан қаншаға дейін екенін көрсетіңіз.
p-hint-13 = Қолмен толтырылатын жолдардың санын қысқартуға бола ма? «Иә» деп жауап берсеңіз, қаншадан қаншаға дейін екенін көрсетіңіз.
p-hint-14 = Құжаттарды тапсыру мен нәтижені алудың көрсетілетін қызметті беруші арқылы баламасы: алып тастау немесе қалдыру. Жауапты таңдаңыз.
p-hint-15 = Ұсынылатын (оңтайландырылған) бизнес-процестің қадамдарын ретімен, әр жолға біреуден жазыңыз (барлығы ең көбі { $max }), содан соң «Дайын» батырмасын басыңыз.
p-hint-16 = Оңтайландырудан кейін де сұралатын құжаттарды әр жолға біреуден жазыңыз (барлығы ең көбі { $max }), содан соң «Дайын» батырмасын басыңыз. Бірде-бір құжат қалмаса, «Ондай құжаттар жоқ» батырмасын басыңыз.
p-ask-range-11 = Құжаттар саны қаншадан қаншаға дейін қысқарады? Мысалы: «6 → 3» немесе «6-дан 3-ке».
p-ask-range-12 = Қадамдар саны қаншадан қаншаға дейін қысқарады? Мысалы: «8 → 4» немесе «8-ден 4-ке».
p-ask-range-13 = Жолдар саны қаншадан қаншаға дейін қысқарады? Мысалы: «12 → 5» немесе «12-ден 5-ке».
p-ask-services = Осы қызметпен бірге «бір өтініш» қағидаты бойынша көрсетуге болатын қызметтерді әр жолға біреуден жазыңыз (барлығы ең көбі { $max }).
p-ask-term-current = Қызмет көрсетудің қазіргі мерзімін көрсетіңіз, мысалы: «15 жұмыс күні», «10 күнтізбелік күн» немесе «3 сағат».
p-ask-term-target = Мерзімді қаншаға дейін қысқартуға болады? Мысалы, «5 жұмыс күні»; бірлігі жазылмаған сан қазіргі мерзімнің бірлігімен есептеледі.
p-err-range-format = Екі бүтін сан көрсетіңіз — қаншадан қаншаға дейін, мысалы: «6 → 3» немесе «6-дан 3-ке».
p-err-range-order = Екінші сан (қаншасы қалады) біріншісінен үлкен болмауы керек.
p-err-range-same = Сан өзгермейді, бұл қысқарту емес. Қысқарту мүмкін болмаса, «◀ Артқа» батырмасын басып, «Жоқ» жауабын таңдаңыз.
p-err-term-same = Жаңа мерзім қазіргі мерзімге тең, бұл қысқарту емес. Қысқарту мүмкін болмаса, «◀ Артқа» батырмасын басып, «Жоқ» жауабын таңдаңыз.
p-progress = 1-қосымша, тармақ: { $no } / { $total }
p-prefill-title =
    <b>Сауалнама парағының жауаптарынан алынған ұсыныстар</b>
    Олар сауалнама парағына берген жауаптарыңыздан алынды. Растаңыз немесе қажетті тармақты түзетіңіз:
p-prefill-item = { $n }. { $title }: <b>{ $answer }</b> ({ $q }-параметр)
btn-p-confirm = ✅ Барлығын растау
btn-p-correct = ✏️ Түзету: { $n }
p-prefill-saved = Расталған ұсыныстар: { $count }.
p-review-title = <b>1-қосымша: бизнес-процесс</b> — { $service }
p-review-item = <b>{ $n }. { $title }:</b> { $answer }
p-review-diagram = Қолданыстағы бизнес-процестің схемасы: { $diagram }
p-review-hint = Тармақты өзгерту үшін оның нөмірі бар батырманы басыңыз.
p-review-optional = Бұл науқанда 1-қосымша жіберу үшін міндетті емес.
btn-p-open = 📋 1-қосымша ({ $done }/{ $total })
btn-p-diagram = 📎 Процесс схемасы
btn-p-to-questionnaire = ◀ Сауалнама парағына
p-diagram-ask = Қолданыстағы бизнес-процестің схемасын 20 МБ-қа дейінгі PDF, DOCX, VSDX немесе PNG файл түрінде жіберіңіз.
p-diagram-bad-type = Бұл файл түрі қабылданбайды. PDF, DOCX, VSDX немесе PNG жіберіңіз.
p-diagram-bad-content = Файлдың мазмұны оның кеңейтіміне сәйкес келмейді: бұл PDF, DOCX, VSDX немесе PNG емес. Схеманың өзін жіберіңіз.
review-process = 1-қосымша (бизнес-процесс): толтырылғаны { $done } / { $total }
submit-incomplete-process = Жібермес бұрын 1-қосымшаны (бизнес-процесті) толтырыңыз: № { $missing } тармақтар толтырылмаған.
