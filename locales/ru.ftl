# Русский. Every user-visible string of the bot and the admin panel.
# Sections are owned by modules; keep keys in the same order as kk.ftl.

## common
language-choose = Выберите язык
language-choose-first = Тілді таңдаңыз · Выберите язык
language-set = Язык: русский
start-unknown =
    Этот бот помогает государственным органам заполнять опросный лист государственной услуги для Межведомственной комиссии.
    
    Чтобы начать, нужно приглашение уполномоченного органа: откройте ссылку из приглашения или отправьте код приглашения сообщением (например, <code>ABCD-EFGH-JK</code>).
help-text =
    <b>Что умеет бот</b>
    /start — мои опросные листы
    /language — сменить язык (қазақша / русский)
    /help — эта справка
    
    Отвечайте на вопросы по одному: кнопками или текстом, затем укажите обоснование. Каждый ответ сохраняется сразу, поэтому можно прерваться и продолжить позже с того же места. В конце проверьте ответы, приложите пояснительную записку и отправьте опросный лист.
cmd-start = Мои опросные листы
cmd-language = Сменить язык
cmd-help = Справка

## home: the list of questionnaires
home-title = <b>Ваши опросные листы</b>
home-empty = Вам пока не назначено ни одной услуги. Уполномоченный орган пришлёт приглашение, когда список услуг будет направлен.
home-item = { $n }. { $service } — { $status }, срок: { $due }
home-pick = Выберите услугу:
status-not-started = не начат
status-in-progress = заполнено { $answered } из { $total }
status-submitted = отправлен
status-returned = возвращён на доработку
status-accepted = принят
status-overdue = просрочен
btn-my-questionnaires = 📋 Мои опросные листы

## questionnaire navigation
qn-header = <b>{ $service }</b>
qn-progress = Вопрос { $n } из { $total }
qn-current = Текущий ответ: { $answer }
qn-current-justification = Текущее обоснование: { $text }
btn-back = ◀ Назад
btn-save-exit = 💾 Сохранить и выйти
btn-keep = Оставить как есть
btn-done = ✅ Готово
btn-none = Нет таких
qn-saved-exit = Ответы сохранены. Чтобы продолжить, нажмите /start.
qn-use-buttons = Пожалуйста, выберите ответ кнопкой под вопросом.
qn-text-only = Пожалуйста, ответьте текстом.
qn-too-long = Слишком длинное сообщение: не больше { $max } символов. Сократите, пожалуйста.
qn-stale = Этот вопрос уже неактивен.
qn-read-only = Опросный лист отправлен и доступен только для чтения.
qn-returned = Опросный лист «{ $service }» возвращён на доработку. Комментарий уполномоченного органа: { $comment }
qn-list-added = Добавлено: { $count }. Отправьте следующий пункт или нажмите «Готово».
qn-list-empty = Добавьте хотя бы один пункт или нажмите «Нет таких».

## review and submit
review-title = <b>Проверка ответов</b> — { $service }
review-part = (часть { $part } из { $parts })
review-item = <b>{ $n }. { $title }</b>
    Параметр: { $answer }
    Обоснование: { $justification }
review-missing = — нет ответа —
review-edit-hint = Чтобы изменить ответ, нажмите кнопку с его номером.
btn-edit = ✏️ { $n }
btn-submit = 📤 Отправить
btn-confirm-submit = Да, отправить
btn-cancel = Отмена
btn-attach-note = 📎 Пояснительная записка
btn-add-proposals = 💡 Дополнительные предложения
review-materials = Пояснительная записка: { $note }
    Дополнительные предложения: { $proposals }
review-material-none = не приложена
review-material-file = файл { $name } ({ $size })
review-material-text = текст, { $chars } симв.
submit-confirm = Отправить опросный лист «{ $service }» в уполномоченный орган? После отправки изменить ответы можно будет только если его вернут на доработку.
submit-incomplete = Ответьте на все вопросы перед отправкой: не хватает { $missing }.
submit-done = ✅ Опросный лист «{ $service }» отправлен. Спасибо!
submit-already = Опросный лист уже отправлен.
submit-cancelled = Отправка отменена. Ответы сохранены.

## materials (p.8)
material-note-ask = Пришлите пояснительную записку (в произвольной форме): файл PDF, DOC, DOCX или ODT до 20 МБ или текстом.
material-proposals-ask = Напишите дополнительные предложения по оптимизации и автоматизации услуги.
material-saved = Сохранено.
material-bad-type = Этот тип файла не принимается. Пришлите PDF, DOC, DOCX или ODT.
material-too-big = Файл больше 20 МБ. Telegram не даёт ботам скачивать такие файлы: сожмите его или пришлите ссылку текстом.
material-download-failed = Не удалось получить файл. Попробуйте ещё раз.
