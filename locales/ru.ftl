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
home-empty = Вам пока не назначено ни одной услуги. Когда уполномоченный орган направит перечень услуг, бот пришлёт уведомление.
home-item = { $n }. { $service } — { $status }, срок: { $due }
home-pick = Выберите услугу:
home-more = …и ещё { $count }
status-not-started = не начато
status-in-progress = заполнено { $answered } из { $total }
status-submitted = отправлено
status-returned = возвращено на доработку
status-accepted = принято
status-overdue = просрочено
btn-my-questionnaires = 📋 Мои опросные листы

## questionnaire navigation
qn-header = <b>{ $service }</b>
qn-current = Текущий ответ: { $answer }
qn-current-justification = Текущее обоснование: { $text }
btn-back = ◀ Назад
btn-save-exit = 💾 Сохранить и выйти
btn-keep = Оставить как есть
btn-none = Нет таких
qn-saved-exit = Ответы сохранены. Чтобы продолжить, нажмите /start.
qn-use-buttons = Пожалуйста, выберите ответ кнопкой под вопросом.
qn-text-only = Пожалуйста, ответьте текстом.
unknown-command = Такой команды нет. Команды бота: /start — мои опросные листы, /language — сменить язык, /help — справка. Команда не сохраняется как ответ.
update-failed-repeat = ⚠️ Ваше последнее сообщение или нажатие кнопки не обработано из-за временного сбоя. Пожалуйста, повторите его.
qn-moved-on = Бот уже перешёл к следующему шагу, поэтому это сообщение не сохранено как ответ на него. Ответьте, пожалуйста, на вопрос ниже.
qn-reply-to-old = Это ответ на другой шаг (вопрос { $no }), а бот сейчас ждёт ответа на вопрос ниже, поэтому сообщение не сохранено. Чтобы изменить прежний ответ, используйте кнопку с номером вопроса в проверке ответов.
edit-not-applied = Изменение отправленного сообщения не меняет сохранённый ответ. Чтобы исправить ответ, откройте опросный лист через /start, перейдите к проверке ответов и нажмите кнопку с номером вопроса.
qn-too-long = Слишком длинное сообщение: не больше { $max } символов. Сократите, пожалуйста.
qn-stale = Этот вопрос уже неактивен.
qn-read-only = Опросный лист отправлен и доступен только для чтения.
qn-not-saved-locked = Ответ не сохранён: опросный лист уже отправлен (возможно, коллегой) и больше не редактируется. Ваш текст: <i>{ $text }</i>
qn-returned = Опросный лист «{ $service }» возвращён на доработку. Комментарий уполномоченного органа: { $comment }

## review and submit
review-title = <b>Проверка ответов</b> — { $service }
review-part = (часть { $part } из { $parts })
review-item = <b>{ $n }. { $title }</b>
    Параметр: { $answer }
    Обоснование: { $justification }
review-missing = — нет ответа —
review-clipped = (сокращено: полный текст сохранён и виден уполномоченному органу в панели)
review-edit-hint = Чтобы изменить ответ, нажмите кнопку с его номером.
btn-edit = ✏️ { $n }
btn-submit = 📤 Отправить
btn-confirm-submit = Да, отправить
btn-cancel = Отмена
btn-attach-note = 📎 Пояснительная записка
btn-add-proposals = 💡 Дополнительные предложения
review-materials = Пояснительная записка: { $note }
    Дополнительные предложения: { $proposals }
review-material-none = нет
review-material-file = файл { $name } ({ $size })
review-material-text = текст, { $chars } симв.
submit-confirm = Отправить опросный лист «{ $service }» в уполномоченный орган? После отправки изменить ответы можно будет, только если его вернут на доработку.
submit-incomplete = Ответьте на все вопросы перед отправкой: нет ответа на вопросы № { $missing }.
submit-done = ✅ Опросный лист «{ $service }» отправлен. Спасибо!
submit-already = Опросный лист уже отправлен.
submit-cancelled = Отправка отменена. Ответы сохранены.

## materials (p.8)
material-note-ask = Пришлите пояснительную записку (в произвольной форме): файл PDF, DOC, DOCX или ODT до 20 МБ или текстом.
material-proposals-ask = Напишите дополнительные предложения по оптимизации и автоматизации услуги.
material-saved = Сохранено.
material-bad-type = Этот тип файла не принимается. Пришлите PDF, DOC, DOCX или ODT.
material-bad-content = Содержимое файла не соответствует его расширению: это не документ PDF, DOC, DOCX или ODT. Пришлите сам документ.
material-too-big = Файл больше 20 МБ. Telegram не даёт ботам скачивать такие файлы: сожмите его или пришлите ссылку текстом.
material-download-failed = Не удалось получить файл. Попробуйте ещё раз.

## questionnaire
# Appendix 2: parameter names (official wording), answer prompts, errors and summaries.
# Owned by src/domain/questions.ts and src/domain/answers.ts; same keys in kk.ftl.
q-questionnaire-title = Опросный лист государственной услуги, подлежащий рассмотрению на Межведомственной комиссии по вопросам оказания государственных услуг
col-no = №
col-name = Наименование параметра
col-param = Параметр
col-justification = Обоснование
q-title-1 = Насколько востребована услуга (статистика)
q-title-2 = Возможно ли перевести услугу из бумажного формата в исключительно электронный формат
q-title-3 = Возможно ли перевести результат оказания услуги из бумажного в исключительно электронный
q-title-4 = Насколько может быть сокращен срок оказания услуги
q-title-5 = Какие документы могут быть исключены из перечня требуемых документов, в том числе путем получения сведений из информационных систем
q-title-6 = Возможно ли исключить из процесса оказания услуги процедуру заседания коллегиальных органов (при наличии)
q-title-7 = Возможно ли полностью исключить участие работников услугодателя при оказании услуги (в том числе процесс принятия решения и подписания результата)
q-title-8 = Возможно ли оказывать данную услугу посредством одноразового пароля
q-title-9 = Возможно ли перевести данную услугу в проактивный формат
q-title-10 = Возможно ли композитное оказание данной услуги с другими услугами
q-title-11 = Возможно ли сократить количество полей ручного ввода (при оказании услуги через портал "электронного правительства")
q-title-12 = Возможно ли исключить альтернативу по подаче документов и получению результата через услугодателя и Государственную корпорацию
q-title-13 = Имеется ли действующая информационная система для оказания данной услуги (указать разработчика)
q-title-14 = Имеется ли у информационной системы интеграция с другими информационными системами (с какими)
q-hint-1 = Укажите количество оказанных услуг за последний год (можно до четырёх лет: { $firstYear }–{ $lastYear }), по строке на год, например «{ $lastYear }: 1 234». Одно число без года относится к { $lastYear } году.
q-hint-2 = Выберите ответ: да, нет или частично.
q-hint-3 = Выберите ответ: да, нет или частично.
q-hint-4 = Укажите текущий срок оказания услуги, например «15 рабочих дней», «10 календарных дней», «3 часа» или «30 минут».
q-hint-5 = Перечислите документы, которые могут быть исключены, по одному на строке (можно несколькими сообщениями, всего не более { $max }), или нажмите «Таких документов нет».
q-hint-6 = Выберите ответ: да, нет или «Не применимо», если заседание коллегиального органа не предусмотрено.
q-hint-7 = Выберите ответ: да, нет или частично.
q-hint-8 = Выберите ответ: да или нет.
q-hint-9 = Выберите ответ: да или нет.
q-hint-10 = Выберите ответ: да или нет. При ответе «да» перечислите услуги, с которыми возможно композитное оказание.
q-hint-11 = Выберите ответ: да, нет или «Не применимо», если услуга не оказывается через портал. При ответе «да» укажите, со скольких до скольких полей можно сократить ручной ввод.
q-hint-12 = Выберите ответ: да или нет.
q-hint-13 = Выберите ответ: да или нет. При ответе «да» укажите наименование системы и её разработчика.
q-hint-14 = Выберите ответ: да или нет. При ответе «да» перечислите информационные системы, с которыми есть интеграция.
choice-yes = Да
choice-no = Нет
choice-partly = Частично
choice-na = Не применимо
choice-none = Таких документов нет
choice-cannot-shorten = Сократить нельзя
choice-done = ✅ Готово
choice-individuals = Физические лица
choice-entities = Юридические лица
choice-both = Физические и юридические лица
choice-exclude = Исключить
choice-keep = Оставить
unit-workDays = Рабочие дни
unit-calendarDays = Календарные дни
unit-hours = Часы
unit-minutes = Минуты
ask-justification = <b>Обоснование.</b> Кратко поясните ответ (не более { $max } символов).
ask-term-current-unit = Выберите единицу измерения срока «{ $amount }».
ask-term-target = До какого срока его можно сократить? Например «10 рабочих дней»; число без единиц считается в единицах текущего срока. Если сократить нельзя, нажмите «Сократить нельзя».
ask-list-services = Перечислите услуги, с которыми возможно композитное оказание, по одной на строке (можно несколькими сообщениями, всего не более { $max }).
ask-list-systems = Перечислите информационные системы, с которыми интегрирована система, по одной на строке (можно несколькими сообщениями, всего не более { $max }).
ask-list-more = Добавлено пунктов: { $count }. Отправьте следующие или нажмите «Готово».
ask-range = Со скольких до скольких полей можно сократить ручной ввод? Например «12 → 5» или «с 12 до 5».
ask-system-name = Укажите наименование действующей информационной системы.
ask-system-developer = Укажите разработчика информационной системы.
err-empty = Ответ не может быть пустым.
err-too-long = Слишком длинный текст: допускается не более { $max } символов, сейчас { $length }.
err-number = Введите целое неотрицательное число, например 1 234.
err-number-negative = Число не может быть отрицательным.
err-number-integer = Введите целое число, без дробной части.
err-number-too-large = Слишком большое число: не более { $max }.
err-number-positive = Срок должен быть больше нуля.
err-demand-format = Не удалось разобрать ответ. Укажите по строке на год в виде «год: количество», например «{ $lastYear }: 1 234», или одно число за { $lastYear } год.
err-demand-year = { $year } год не подходит: укажите годы с { $min } по { $max }.
err-demand-duplicate = { $year } год указан дважды.
err-term-format = Не удалось разобрать срок. Примеры: «15 рабочих дней», «10 календарных дней», «3 часа», «30 минут».
err-term-unit = Выберите единицу измерения кнопкой: рабочие дни, календарные дни, часы или минуты.
err-term-days-kind = Уточните единицы: рабочие или календарные дни, например «10 рабочих дней».
err-term-exceeds = Новый срок не может превышать текущий срок оказания услуги.
err-term-same = Новый срок равен текущему — это не сокращение. Если срок сократить нельзя, нажмите «Сократить нельзя».
err-list-empty = Добавьте хотя бы один пункт.
err-list-too-many = Слишком много пунктов: всего не более { $max }.
err-list-item-too-long = Пункт { $no } слишком длинный: не более { $max } символов.
err-range-format = Укажите два целых числа — со скольких до скольких полей, например «12 → 5» или «с 12 до 5».
err-range-order = Второе число (сколько полей останется) не может быть больше первого.
err-range-same = Число полей остаётся прежним — это не сокращение. Если сократить нельзя, нажмите «◀ Назад» и выберите «Нет».
err-use-buttons = Выберите ответ кнопкой под вопросом.
err-invalid-answer = Ответ имеет неверный формат. Ответьте на вопрос заново.
sum-unanswered = не заполнено
sum-demand-year = { $year } г.: { $count }
sum-dur-workDays =
    { $amount } { $count ->
        [one] рабочий день
        [few] рабочих дня
       *[many] рабочих дней
    }
sum-dur-calendarDays =
    { $amount } { $count ->
        [one] календарный день
        [few] календарных дня
       *[many] календарных дней
    }
sum-dur-hours =
    { $amount } { $count ->
        [one] час
        [few] часа
       *[many] часов
    }
sum-dur-minutes =
    { $amount } { $count ->
        [one] минута
        [few] минуты
       *[many] минут
    }
sum-term = { $current } → { $target }
sum-term-fixed = { $current }; сократить нельзя
sum-yes-list = Да: { $items }
sum-range = Да: с { $from } до { $to }
sum-yes-term = Да: { $current } → { $target }
sum-system = Да: { $name } (разработчик: { $developer })
sum-na-auto = Не применимо: действующая информационная система отсутствует (параметр 13).
q-progress = Вопрос { $no } из { $total }

## access: invitations, admin login codes (src/bot/features/invite.ts, src/access/*)
invite-welcome = Добро пожаловать! Вы подключены как представитель государственного органа: <b>{ $agency }</b>.
invite-admin-linked = Ваш Telegram привязан к панели администратора ({ $name }). Сюда будут приходить коды входа и сводки.
invite-wrong = Код не найден. Проверьте его и попробуйте ещё раз. После 5 неверных попыток за час ввод кода блокируется на час.
invite-expired = Срок действия этого приглашения истёк. Попросите уполномоченный орган выслать новое.
invite-used = Это приглашение уже использовано. Каждый код действует один раз — попросите уполномоченный орган выслать вам собственное приглашение.
invite-revoked = Это приглашение отозвано уполномоченным органом. Попросите выслать новое.
invite-locked = Слишком много неверных кодов. Повторить попытку можно после { $time }.
login-code = Ваш код входа: <code>{ $code }</code>. Действует { $minutes } минут. Если вы его не запрашивали, проигнорируйте это сообщение.

## reminders and the overdue digest (src/jobs/reminders.ts)
remind-before =
    ⏰ <b>{ $service }</b>
    Опросный лист нужно отправить не позднее { $due } — осталось рабочих дней: { $days }.
    Заполнено: { $answered } / { $total }.
remind-due =
    ⏰ <b>{ $service }</b>
    Последний день отправки опросного листа — { $due }
    Заполнено: { $answered } / { $total }.
remind-overdue =
    ⚠️ <b>{ $service }</b>
    Срок отправки опросного листа ({ $due }) прошёл, просрочка — рабочих дней: { $days }.
    Заполнено: { $answered } / { $total }. Пожалуйста, завершите и отправьте его.
remind-returned =
    ↩️ <b>{ $service }</b>
    Опросный лист возвращён на доработку. Заполнено: { $answered } / { $total }. Исправьте ответы и отправьте его снова.
remind-open = 📝 Открыть опросный лист
digest-title =
    ⚠️ <b>Просроченные опросные листы</b>
    Срок: { $due }
    Не отправлены опросные листы — услуг: { $services }, государственных органов: { $agencies }.
digest-unreachable = (недоступны в Telegram: { $n })
digest-more = …и ещё государственных органов: { $n } — см. панель администратора.

## admin panel (admin/*)
admin-app-name = Оптимизация государственных услуг
admin-nav-label = Разделы
admin-nav-dashboard = Сводка
admin-nav-responses = Опросные листы
admin-nav-campaigns = Кампании
admin-nav-agencies = Госорганы
admin-nav-services = Услуги
admin-nav-officials = Сотрудники
admin-nav-invites = Приглашения
admin-nav-admins = Пользователи панели
admin-nav-audit = Журнал
admin-nav-playground = Песочница
admin-logout = Выйти
admin-role-secretary = секретарь
admin-role-member = член Комиссии
admin-forbidden = Недостаточно прав: вы можете только просматривать.
admin-not-found = Не найдено.
admin-error-401 = Сессия завершена: войдите снова.
admin-error-403 = Сессия устарела, обновите страницу.
admin-error-404 = Страница не найдена.
admin-error-413 = Файл слишком большой: не более { $max }.
admin-error-500 = Внутренняя ошибка сервера. Попробуйте ещё раз.
admin-error-title = Ошибка { $status }
admin-error-home = На главную
admin-error-login = Войти
admin-yes = да
admin-no = нет
admin-save = Сохранить
admin-add = Добавить
admin-edit = Изменить
admin-remove = Убрать
admin-back = Назад
admin-archive = В архив
admin-archive-confirm = Перенести в архив? Запись перестанет предлагаться при выборе; её можно вернуть из архива.
admin-unarchive = Вернуть из архива
admin-archived = в архиве
admin-show-archived = Показать архивные
admin-hide-archived = Скрыть архивные
admin-saved = Сохранено.
admin-imported = Импорт выполнен.
admin-status-unchanged = Статус уже изменён, ничего не сделано.
admin-form-has-errors = Исправьте ошибки в форме.
admin-found = Найдено: { $count }
admin-list-truncated = Показаны первые { $count }; уточните фильтр.
admin-prev = Назад
admin-next = Дальше
admin-pages = Страницы
admin-shown-range = показаны { $from }–{ $to }
admin-err-required = Заполните это поле.
admin-err-invalid = Неверное значение.
admin-err-too-long = Слишком длинное значение.
admin-err-code-format = Код: буквы, цифры, точка, дефис, косая черта, без пробелов.
admin-err-code-taken = Такой код уже есть.
admin-err-date = Укажите дату в формате ГГГГ-ММ-ДД.
admin-err-year = Укажите год от 2015 до 2100.
admin-err-number = Укажите целое число в допустимых пределах.
admin-err-time = Укажите время в формате ЧЧ:ММ.
admin-err-days = Перечислите числа от 1 до 60 через запятую.
admin-err-policy = Время отправки должно быть раньше начала «тихих часов».
admin-err-due-before-sent = Срок не может быть раньше даты направления перечня.
admin-err-unknown-codes = Есть коды услуг, которых нет в реестре.
admin-err-unknown-codes-named = Нет в реестре услуг ({ $count }): { $codes }. Исправьте или уберите эти коды.
admin-err-comment-required = Напишите комментарий: что нужно доработать.
admin-login-title = Вход
admin-login-intro = Введите своё имя (как в панели) или Telegram ID. Бот пришлёт вам одноразовый код.
admin-login-name = Имя или Telegram ID
admin-login-send-code = Получить код
admin-login-code-sent = Если имя указано верно, бот прислал вам код в Telegram. Он действует 5 минут. Код не пришёл? Проверьте имя, откройте бота и нажмите «Запустить» (Start) или попросите секретаря привязать ваш Telegram.
admin-login-code = Код из Telegram
admin-login-enter = Войти
admin-login-again = Запросить код заново
admin-login-rate-limited = Слишком много попыток. Подождите несколько минут.
admin-login-wait = Код уже отправлен меньше минуты назад. Подождите минуту и запросите снова.
admin-login-code-format = Код состоит из 6 цифр.
admin-login-code-wrong = Неверный код.
admin-login-code-expired = Срок действия кода истёк. Запросите новый.
admin-login-code-used = Этот код уже использован. Запросите новый.
admin-login-code-too-many-attempts = Слишком много неверных попыток. Запросите новый код.
admin-login-code-none = Код не запрашивался. Запросите код.
admin-setup-title = Первый запуск
admin-setup-intro = Создайте первого пользователя панели — секретаря Комиссии.
admin-setup-create = Создать
admin-setup-invalid = Эта ссылка уже использована или её срок (1 час) истёк. Если секретарь уже создан, войдите в панель. Если нет, получите новую ссылку: выполните на сервере команду «npm run setup-link» или перезапустите приложение — пока в панели нет пользователей, оно выводит новую ссылку в журнал.
admin-setup-login = Войти в панель
admin-setup-done-title = Секретарь создан
admin-setup-done = { $name }, вы вошли в панель. Привяжите Telegram, чтобы в следующий раз входить по коду.
admin-setup-continue = Перейти в панель
admin-field-admin-name = Имя и фамилия
admin-field-language = Язык
admin-field-name-kk = Наименование (каз.)
admin-field-name-ru = Наименование (рус.)
admin-field-position = Должность
admin-field-year = Год
admin-field-title = Название
admin-field-value = параметр
admin-field-justification = обоснование
admin-dashboard-title = Сводка по кампании
admin-dashboard-no-campaign = Кампаний пока нет.
admin-dashboard-import-first = Сначала импортируйте государственные органы, затем услуги: без них кампанию не создать.
admin-dashboard-by-status = По статусам
admin-dashboard-by-agency = По государственным органам
admin-dashboard-reminders = Напоминания
admin-reminders-sent = отправлено
admin-reminders-failed = не доставлено
admin-reminders-unreachable = недоступных сотрудников
admin-state-not-started = не начат
admin-state-in-progress = заполняется
admin-state-submitted = отправлен
admin-state-returned = на доработке
admin-state-accepted = принят
admin-state-overdue = просрочен
admin-chart-title = Отправленные опросные листы по дням
admin-chart-due = срок
admin-chart-empty = Нет данных.
admin-chart-caption = Отправлено { $count } из { $total }.
admin-filter-search = Поиск
admin-filter-state = Статус
admin-filter-any-state = Любой статус
admin-filter-any-agency = Любой государственный орган
admin-filter-apply = Показать
admin-filter-from = Дата с
admin-filter-to = Дата по
admin-col-code = Код
admin-col-service = Услуга
admin-col-agency = Государственный орган
admin-col-state = Статус
admin-col-answered = Заполнено
admin-col-submitted = Дата отправки
admin-col-total = Всего
admin-col-done = Готово
admin-col-name = ФИО
admin-col-last-seen = Последняя активность
admin-col-reachable = Доступен в Telegram
admin-col-role = Роль
admin-col-telegram = Telegram
admin-col-when = Когда
admin-col-who = Кто
admin-col-action = Действие
admin-col-entity = Объект
admin-col-before = Было
admin-col-after = Стало
admin-col-field = Поле
admin-col-date = Дата
admin-col-kind = Вид
admin-col-note = Примечание
admin-responses-title = Опросные листы
admin-campaign = Кампания
admin-campaign-due = Срок
admin-campaign-list-sent = Перечень направлен
admin-campaign-not-sent = перечень ещё не направлен
admin-export-xlsx = Скачать XLSX
admin-export-csv = Скачать CSV (разделитель «;»)
admin-export-docx = Скачать DOCX
admin-doc-language = Язык таблицы
admin-return-comment = Комментарий для доработки
admin-accept = Принять
admin-accept-confirm = Принять опросный лист? Сотрудники государственного органа получат уведомление.
admin-return = Вернуть на доработку
admin-accepted = Опросный лист принят.
admin-returned = Опросный лист возвращён на доработку.
admin-materials = Материалы
admin-material-note = Пояснительная записка
admin-material-proposals = Дополнительные предложения
admin-history = История изменений
admin-history-empty = Изменений пока нет.
admin-return-comment-earlier = Возвращался на доработку с комментарием
admin-timeline = Ход рассмотрения
admin-timeline-submit = отправлен на рассмотрение
admin-timeline-return = возвращён на доработку
admin-timeline-accept = принят
admin-notify-accepted = Опросный лист по услуге «{ $service }» принят уполномоченным органом.
admin-notify-returned = Опросный лист по услуге «{ $service }» возвращён на доработку. Комментарий: { $comment }
    Нажмите /start, чтобы открыть его.
admin-notify-list = Уполномоченный орган направил перечень государственных услуг на { $year } год. Вам нужно заполнить опросных листов: { $count } (срок — { $due }). Нажмите /start, чтобы начать.
admin-campaigns-title = Кампании
admin-campaign-new = Новая кампания
admin-campaign-default-title = Рассмотрение государственных услуг, { $year } год
admin-campaign-due-hint = Если не указан, считается месяц со дня направления перечня (по рабочему календарю).
admin-campaign-services = Услуги
admin-campaign-pick = Отметьте услуги в списке (поиск — выше) или укажите их коды
admin-campaign-codes = Или перечислите коды услуг
admin-campaign-codes-hint = Через пробел, запятую или с новой строки.
admin-campaign-codes-file = Или загрузите файл CSV/XLSX со столбцом registry_code
admin-campaign-create = Создать кампанию
admin-campaign-add-services = Добавить услуги
admin-campaign-add = Добавить
admin-campaign-edit = Изменить кампанию
admin-campaign-send = Направить перечень
admin-campaign-resend = Уведомить ещё раз
admin-campaign-send-help = Сотрудники государственных органов из перечня получат в Telegram сообщение об опросных листах, которые нужно заполнить, и о сроке.
admin-campaign-resend-help = Перечень уже направлен. Повторная отправка уведомит сотрудников, которые ещё не получили сообщение сегодня.
admin-campaign-send-confirm = Направить перечень и уведомить сотрудников?
admin-campaign-sent = Перечень направлен. Сотрудников: { $officials }, отправлено: { $sent }, не доставлено: { $failed }, пропущено: { $skipped }.
admin-campaign-status-draft = черновик
admin-campaign-status-sent = перечень направлен
admin-campaign-status-closed = закрыта
admin-campaign-status-cancelled = отменена
admin-campaign-close = Закрыть кампанию
admin-campaign-close-help = Закрытая кампания остаётся в сводке, её файлы можно скачать, но напоминания по ней больше не рассылаются.
admin-campaign-close-confirm = Закрыть кампанию? Напоминания сотрудникам прекратятся.
admin-campaign-closed-notice = Кампания закрыта: напоминания по ней не рассылаются.
admin-campaign-cancel = Отменить кампанию
admin-campaign-cancel-help = Для кампании, созданной по ошибке: она останется в списке кампаний с отметкой «отменена» и не будет предлагаться при выборе кампании.
admin-campaign-cancel-reason = Причина отмены
admin-campaign-cancel-confirm = Отменить кампанию? Причина будет записана в журнал изменений.
admin-campaign-cancelled-notice = Кампания отменена: она не предлагается при выборе кампании и не рассылается.
admin-campaign-remove-service-confirm = Убрать услугу из кампании?
admin-policy-title = Напоминания
admin-policy-before = За сколько рабочих дней до срока
admin-policy-before-hint = Например: 7, 3, 1
admin-policy-on-due = Напомнить в день срока
admin-policy-overdue = После срока — каждые N рабочих дней (0 — не напоминать)
admin-policy-returned = Возвращённые — каждые N рабочих дней
admin-policy-send-at = Время отправки
admin-policy-quiet-from = Не отправлять после
admin-calendar-title = Рабочий календарь
admin-calendar-help = Переносы выходных и дополнительные рабочие дни, объявленные на год. Праздники Казахстана учитываются автоматически.
admin-calendar-off = выходной
admin-calendar-work = рабочий день
admin-agencies-title = Государственные органы
admin-agency-new = Новый государственный орган
admin-agency-edit = Изменить государственный орган
admin-agencies-import = Импорт государственных органов
admin-services-title = Государственные услуги
admin-service-new = Новая услуга
admin-service-edit = Изменить услугу
admin-services-import = Импорт услуг
admin-import = Импорт из CSV/XLSX
admin-import-help = Файл CSV (UTF-8 или кириллица 1251, разделитель запятая или точка с запятой) или XLSX, первая строка — заголовки: { $columns }.
admin-import-file = Файл
admin-import-preview = Проверить
admin-import-no-file = Выберите файл.
admin-import-unreadable = Не удалось прочитать файл.
admin-import-summary = Строк: { $total }, без ошибок: { $ok }, с ошибками: { $bad }. Пока ничего не записано.
admin-import-line = Строка
admin-import-errors = Ошибки
admin-import-duplicate = код повторяется в файле
admin-import-unknown-agency = нет государственного органа с таким кодом
admin-import-confirm = Записать новые и изменённые строки ({ $count })
admin-import-again = Загрузить другой файл
admin-import-limits = В одном файле — не больше { $max } строк; файл больше разделите на части.
admin-import-too-many-rows = В файле больше { $max } строк. Разделите его на части и загрузите их по очереди. Пока ничего не записано.
admin-import-too-large = Файл XLSX в распакованном виде больше { $size }: такой файл не читается. Оставьте в нём только таблицу для импорта или сохраните её как CSV.
admin-import-encoding = Не удалось определить кодировку файла: это не UTF-8 и не кириллица 1251. Сохраните таблицу как «CSV UTF-8» и загрузите снова.
admin-import-encoding-detected = Файл сохранён не в UTF-8, а в кодировке кириллицы 1251, и прочитан в ней. Проверьте названия перед записью.
admin-import-note-number = в таблице это число { $value }: проверьте, не потерялись ли нули в начале
admin-import-note-number-format = число { $from } прочитано по формату ячейки как { $to }
admin-import-note-date = дата прочитана как { $to }
admin-import-status = Что будет
admin-import-status-error = ошибка
admin-import-status-new = новая запись
admin-import-status-changed = изменится
admin-import-status-unchanged = без изменений
admin-import-summary-diff = Новых: { $new }, изменятся: { $changed }, без изменений: { $unchanged }.
admin-import-views = Какие строки показать
admin-import-show-all = Все ({ $count })
admin-import-show-errors = Только ошибки ({ $count })
admin-import-show-changed = Изменятся ({ $count })
admin-import-show-new = Новые ({ $count })
admin-import-show-unchanged = Без изменений ({ $count })
admin-import-nothing = Все строки без ошибок совпадают с реестром: записывать нечего.
admin-import-stale = Эта проверка уже неактуальна: файл записан или загружен другой. Загрузите файл снова.
admin-import-moved = После проверки реестр изменился. Ниже — строки, сравненные с ним заново: проверьте их и запишите ещё раз.
admin-import-result = Новых: { $created }, изменено: { $updated }, без изменений: { $unchanged }.
admin-err-replacement-char = В тексте есть нечитаемые символы: проверьте кодировку файла.
admin-export-csv-comma = CSV с разделителем «,»
admin-export-submitted-only = (только отправленные опросные листы)
admin-export-with-drafts = С черновиками (отмечены в отдельном столбце)
admin-col-draft = Черновик
admin-draft-mark = черновик
admin-officials-title = Сотрудники государственных органов
admin-unreachable = недоступен
admin-unreachable-since = недоступен с { $date }
admin-invites-title = Приглашения
admin-invite-new = Новое приглашение
admin-invite-target = Для кого
admin-invite-target-official = сотрудник государственного органа
admin-invite-target-admin = пользователь панели
admin-invite-admin = Пользователь панели
admin-invite-current-campaign = текущая кампания
admin-invite-create = Создать приглашение
admin-invite-created = Приглашение создано
admin-invite-how = Откройте ссылку или отсканируйте QR-код в Telegram, либо отправьте боту код сообщением.
admin-invite-expires = Действует до
admin-invite-revoke = Отозвать
admin-invite-revoke-confirm = Отозвать приглашение?
admin-invite-revoked = Приглашение отозвано.
admin-invite-state-ok = действует
admin-invite-state-expired = истекло
admin-invite-state-used = использовано
admin-invite-state-revoked = отозвано
admin-invite-bulk = Приглашения для всех государственных органов кампании
admin-invite-bulk-hint = Для каждого государственного органа, чьи услуги есть в кампании, создаётся одно приглашение (со всеми его услугами в ней): лист для печати с кодом, ссылкой и QR-кодом и CSV-файл кодов.
admin-invite-bulk-create = Создать приглашения
admin-invite-bulk-none = В этой кампании нет государственных органов: сначала добавьте в неё услуги.
admin-invite-bulk-closed = Кампания закрыта или отменена: приглашения в неё не создаются.
admin-invite-sheet-title = Приглашения кампании
admin-invite-sheet-once = Коды показаны только сейчас: система не хранит сами коды, поэтому показать их снова нельзя. Распечатайте лист или скачайте CSV, прежде чем уйти с этой страницы. Потерянный код можно только отозвать и создать новое приглашение.
admin-invite-sheet-summary = Кампания { $campaign }: приглашений — { $count }.
admin-invite-sheet-csv = Скачать коды (CSV)
admin-invite-sheet-print = Печать
admin-invite-col-code = Код приглашения
admin-invite-col-link = Ссылка
admin-admins-title = Пользователи панели
admin-admin-new = Новый пользователь
admin-admin-edit-title = Пользователь панели: { $name }
admin-admin-deactivate = Закрыть доступ
admin-admin-reactivate = Открыть доступ
admin-admin-inactive = доступ закрыт
admin-admin-name-hint = Имя вводят при входе: оно уникально без учёта регистра и пробелов.
admin-err-name-taken = Пользователь с таким именем уже есть (регистр и пробелы не различаются).
admin-err-last-secretary = Нельзя: должен остаться хотя бы один активный секретарь.
admin-playground-my-chat = Мой чат (коды входа)
admin-link-telegram = Приглашение для Telegram
admin-audit-title = Журнал изменений
admin-playground-title = Песочница
admin-playground-off = Песочница работает со встроенным симулятором Telegram, когда BOT_TOKEN не задан. Сейчас бот подключён к настоящему Telegram.
admin-playground-intro = Здесь можно пообщаться с ботом от имени тестового сотрудника во встроенном симуляторе Telegram: сообщения, кнопки, напоминания.
admin-playground-new = Новый тестовый сотрудник
admin-playground-create = Создать и открыть чат
admin-playground-empty = Сообщений пока нет. Отправьте /start.
admin-playground-message = Сообщение
admin-playground-send = Отправить

## Commission: meetings, agenda, decisions, protocol, roadmaps (admin/routes/agenda.tsx, roadmaps.tsx, src/jobs/roadmap-reminders.ts)
meeting-nav = Заседания
roadmap-nav = Дорожные карты
meeting-list-title = Заседания Межведомственной комиссии
meeting-date = Дата
meeting-time = Время
meeting-place = Место
meeting-status = Статус
meeting-items = Вопросов
meeting-status-draft = Проект повестки
meeting-status-approved = Повестка утверждена
meeting-status-held = Заседание проведено
meeting-status-cancelled = Заседание отменено
meeting-none = Заседаний пока нет.
meeting-new = Новое заседание
meeting-default-date-hint = По умолчанию — третий понедельник месяца (ближайший: { $date }).
meeting-create = Создать заседание
meeting-title = Заседание { $date }
meeting-edit = Изменить дату, время и место
meeting-save = Сохранить
meeting-cancel = Отменить заседание
meeting-cancel-reason = Причина отмены
meeting-cancel-confirm = Отменить заседание? Оно останется среди заседаний с отметкой «отменено», а причина будет записана в журнал изменений.
meeting-cancelled-notice = Заседание отменено: повестка, рассылка и решения по нему недоступны.
meeting-err-not-yet = Заседание назначено на { $date }: отметить его проведённым можно с этого дня.
agenda-title = Повестка дня (график рассмотрения)
agenda-doc-title = Повестка дня заседания Межведомственной комиссии по вопросам оказания государственных услуг
agenda-doc-when = Дата и время: { $date }, { $time }
agenda-doc-place = Место проведения: { $place }
agenda-doc-version = Редакция № { $version }
agenda-col-no = №
agenda-col-service = Государственная услуга
agenda-col-agency = Государственный орган
agenda-col-speaker = Докладчик
agenda-col-minutes = Мин.
agenda-col-time = Время
agenda-col-digest = Кратко по опросному листу
agenda-total = Всего минут: { $minutes }, окончание в { $end }
agenda-digest-demand = спрос за { $year } г.: { $count }
agenda-digest-yes = да: { $flags }
agenda-digest-partly = частично: { $flags }
agenda-digest-none = возможности оптимизации не отмечены
agenda-flag-e-only = только электронный формат
agenda-flag-e-result = электронный результат
agenda-flag-no-staff = без участия работников
agenda-flag-otp = одноразовый пароль
agenda-flag-proactive = проактивный формат
agenda-flag-composite = композитная услуга
agenda-flag-no-alternative = без альтернативных каналов
agenda-msg =
    📋 <b>Повестка дня заседания Межведомственной комиссии по вопросам оказания государственных услуг</b>
    { $date }, { $time } · { $place }
    { $items }
agenda-msg-link = Материалы к заседанию: { $link }
agenda-msg-docx = Повестка в формате DOCX — в следующем сообщении.
agenda-msg-item = { $no }. { $time } — { $service } ({ $agency })
agenda-empty = В повестке пока нет вопросов.
agenda-print = Версия для печати
agenda-docx-kk = Повестка DOCX (на казахском)
agenda-docx-ru = Повестка DOCX (на русском)
agenda-send = Разослать членам Комиссии
agenda-send-report = Разослано: { $sent }. Заблокировали бота: { $blocked }. Без привязанного Telegram: { $unlinked }. Ошибки отправки: { $failed }.
agenda-send-blocked-list = Не получили (бот заблокирован): { $names }
agenda-send-unlinked-list = Не привязан Telegram: { $names }
agenda-materials-deadline = Последний день рассылки материалов членам Комиссии — { $date } (не позднее чем за 3 рабочих дня до заседания).
agenda-late-warning = Внимание: последний день рассылки ({ $date }) прошёл — материалы направляются членам Комиссии не позднее чем за 3 рабочих дня до заседания.
agenda-frozen = Повестка утверждена (редакция № { $version }) и не меняется. Если Комиссия решит её изменить, откройте новую редакцию.
agenda-up = Выше
agenda-down = Ниже
agenda-remove = Убрать
agenda-save-item = Сохранить
agenda-approve = Утвердить повестку
agenda-reopen = Изменить повестку (новая редакция)
agenda-mark-held = Отметить заседание проведённым
agenda-versions = Редакции повестки
agenda-version-line = Редакция № { $version } от { $date }, вопросов: { $items }
agenda-version-readonly = Редакция № { $version } от { $date } — только для чтения. Действующая редакция — № { $current }, она на странице заседания.
agenda-candidates = Услуги с поступившими материалами
agenda-filter-agency = Государственный орган
agenda-filter-any-agency = Все государственные органы
agenda-filter-status = Опросный лист
agenda-filter-any-status = Отправлен или принят
agenda-status-submitted = Отправлен
agenda-status-accepted = Принят
agenda-filter-search = Поиск по услуге или коду
agenda-filter-apply = Показать
agenda-candidates-found = Найдено: { $count }, показано: { $shown }
agenda-add = Добавить отмеченные в повестку
agenda-err-frozen = Повестка утверждена: чтобы изменить её, откройте новую редакцию.
agenda-err-state = Это действие недоступно при текущем статусе.
agenda-err-not-approved = Рассылается только утверждённая повестка: сначала утвердите её.
agenda-err-already-sent = Редакция № { $version } уже разослана членам Комиссии ({ $date }). Повторно она не рассылается; после изменений утвердите новую редакцию.
agenda-err-stale = Повестка изменилась: сейчас действует редакция № { $version }. Проверьте её и подтвердите рассылку ещё раз.
agenda-send-confirm-title = Рассылка повестки членам Комиссии
agenda-send-confirm-text = Разослать редакцию № { $version } повестки членам Комиссии с привязанным Telegram ({ $count })?
agenda-send-once = Каждая утверждённая редакция рассылается один раз.
agenda-send-confirm-button = Да, разослать
agenda-sent-version = Редакция № { $version } разослана членам Комиссии: { $date }
agenda-approve-confirm = Утвердить повестку? После утверждения она меняется только через новую редакцию.
agenda-reopen-confirm = Открыть новую редакцию повестки? Утверждённая редакция сохранится.
agenda-remove-confirm = Убрать вопрос из повестки?
decision-title = Решения по вопросам повестки
decision-recommended = Рекомендовано к оптимизации и автоматизации
decision-returned = Возвращено на доработку
decision-rejected = Отклонено
decision-none = Решение не записано
decision-note = Примечание
decision-save = Записать решение
decision-roadmap-link = Дорожная карта
decision-err-future = Решение датируется днём заседания ({ $date }), а этот день ещё не наступил.
decision-change-confirm = Изменить решение? Если решение «рекомендовано» отменяется или принимается снова, дорожная карта услуги будет закрыта или открыта снова.
protocol-title = Протокол заседания Межведомственной комиссии по вопросам оказания государственных услуг
protocol-present = Присутствовали члены Комиссии:
protocol-quorum-ok = Кворум имеется: присутствует членов Комиссии — { $present } из { $total } (необходимо не менее { $needed }).
protocol-quorum-no = Кворума нет: присутствует членов Комиссии — { $present } из { $total } (необходимо не менее { $needed }).
protocol-agenda = Рассмотренные вопросы и принятые решения:
protocol-col-decision = Решение
protocol-col-note = Примечание
protocol-chair = Председатель Комиссии ____________________
protocol-secretary = Секретарь Комиссии ____________________
protocol-attendance = Присутствие членов Комиссии
protocol-save-attendance = Сохранить присутствие
protocol-no-members = Члены Комиссии не заведены (раздел «Пользователи панели», роль «член Комиссии»).
protocol-docx-kk = Протокол DOCX (на казахском)
protocol-docx-ru = Протокол DOCX (на русском)
roadmap-list-title = Дорожные карты
roadmap-title = Дорожная карта по оптимизации и автоматизации государственной услуги
roadmap-appendix =
    Приложение 3
    к Правилам оптимизации и
    автоматизации государственных услуг
roadmap-approved-block =
    «УТВЕРЖДЕНО»
    ____________________
    «__» ____________ 20__ года
roadmap-responsible-line = Ответственный за исполнение Дорожной карты: { $agency }
roadmap-agreed-head =
    «СОГЛАСОВАНО»
    Руководитель государственного органа
    ____________________ «__» ____________ 20__ года
roadmap-agreed-informatization =
    «СОГЛАСОВАНО»
    Заместитель руководителя уполномоченного органа в сфере информатизации
    ____________________ «__» ____________ 20__ года
roadmap-agreed-interested =
    «СОГЛАСОВАНО»
    Заинтересованный орган/организация (по мере необходимости)
    ____________________ «__» ____________ 20__ года
roadmap-col-no = №
roadmap-col-name = Наименование мероприятий
roadmap-col-responsible = Ответственные за исполнение
roadmap-col-deadline = Срок исполнения
roadmap-col-form = Форма завершения
roadmap-col-done = Исполнено (дата)
roadmap-activity-1 = Организационные мероприятия
roadmap-activity-2 = Модификация и интеграция информационных систем
roadmap-activity-3 = Нормативно-правовое обеспечение
roadmap-activity-4 = Внедрение оптимизированного бизнес-процесса
roadmap-activity-5 = Повышение осведомленности граждан
roadmap-filter-all = Все: { $count }
roadmap-state-on-time = В срок
roadmap-state-late = С нарушением срока
roadmap-state-col = Исполнение
roadmap-decided-col = Решение Комиссии
roadmap-due-col = Утвердить до
roadmap-progress-col = Исполнено мероприятий
roadmap-progress = { $done } из { $total }
roadmap-status-draft = Проект
roadmap-status-approved = Утверждена
roadmap-status-closed = Закрыта
roadmap-state-closed = Закрыта решением Комиссии
roadmap-closed-notice = Решение Комиссии по услуге изменено: дорожная карта закрыта и не заполняется.
roadmap-frozen = Дорожная карта утверждена (редакция № { $version }) и не меняется. Чтобы внести изменения, откройте её для изменений: утверждённая редакция сохранится.
roadmap-err-frozen = Дорожная карта утверждена и не меняется: сначала откройте её для изменений.
roadmap-err-state = Это действие недоступно при текущем статусе дорожной карты.
roadmap-err-dates = Сроки и даты исполнения — не раньше решения Комиссии ({ $date }), дата исполнения — не позже сегодняшнего дня ({ $today }). Исправьте отмеченные поля.
roadmap-err-before-decision = Раньше решения Комиссии
roadmap-err-future = Этот день ещё не наступил
roadmap-none = Дорожных карт пока нет: они открываются решением Комиссии «рекомендовано».
roadmap-decided = Решение Комиссии: { $date }
roadmap-due = Утвердить не позднее { $date }
roadmap-docx-kk = DOCX (на казахском)
roadmap-docx-ru = DOCX (на русском)
roadmap-act-done-on-time = Исполнено в срок
roadmap-act-done-late = Исполнено с нарушением срока
roadmap-act-pending = В работе
roadmap-act-overdue = Просрочено
roadmap-act-unplanned = Срок не указан
roadmap-save = Сохранить мероприятия
roadmap-approve = Утвердить дорожную карту
roadmap-approve-confirm = Утвердить дорожную карту? После утверждения она не меняется.
roadmap-reopen = Открыть для изменений
roadmap-reopen-reason = Причина изменений
roadmap-reopen-confirm = Открыть утверждённую дорожную карту для изменений? Её нужно будет утвердить снова.
roadmap-versions = Утверждённые редакции
roadmap-version-line = Редакция № { $version }, утверждена { $date }
roadmap-notify =
    🗺 <b>{ $service }</b>
    Межведомственная комиссия рекомендовала услугу к оптимизации и автоматизации. Дорожную карту (приложение 3 к Правилам) необходимо утвердить не позднее { $date }: укажите по каждому мероприятию ответственных, срок исполнения и форму завершения и направьте её в уполномоченный орган.
roadmap-remind-before =
    ⏰ <b>{ $service }</b>
    Дорожная карта должна быть утверждена не позднее { $date }
roadmap-remind-due =
    ⏰ <b>{ $service }</b>
    Сегодня последний день утверждения дорожной карты ({ $date }).
roadmap-remind-overdue =
    ⚠️ <b>{ $service }</b>
    Срок утверждения дорожной карты ({ $date }) истёк. Пожалуйста, как можно скорее представьте её на утверждение.
roadmap-activity-remind-before =
    ⏰ <b>{ $service }</b>
    Мероприятие дорожной карты «{ $activity }»: срок исполнения — { $date }
roadmap-activity-remind-due =
    ⏰ <b>{ $service }</b>
    Сегодня последний день исполнения мероприятия «{ $activity }» ({ $date }).
roadmap-activity-remind-overdue =
    ⚠️ <b>{ $service }</b>
    Срок исполнения мероприятия «{ $activity }» ({ $date }) истёк.

## Roadmap in the bot: officials fill in the activities (src/bot/features/roadmap)
rmbot-open = 🗺 Заполнить дорожную карту
rmbot-stale = Эта кнопка больше не активна.
rmbot-read-only = Дорожная карта утверждена: её можно только просматривать.
rmbot-due = Утвердить не позднее { $date }
rmbot-choose = Выберите мероприятие, чтобы указать ответственных, срок исполнения и форму завершения.
rmbot-choose-field = Что заполнить?
rmbot-empty = —
rmbot-field-responsible = Ответственные за исполнение
rmbot-field-deadline = Срок исполнения
rmbot-field-form = Форма завершения
rmbot-btn-responsible = 👤 Ответственные за исполнение
rmbot-btn-deadline = 📅 Срок исполнения
rmbot-btn-form = 📄 Форма завершения
rmbot-btn-back = ◀ К дорожной карте
rmbot-ask-responsible = Укажите ответственных за исполнение (до 300 символов).
rmbot-ask-deadline = Напишите срок исполнения в формате ДД.ММ.ГГГГ, например 15.05.2026.
rmbot-ask-form = Напишите форму завершения (до 300 символов), например «Приказ министра».
rmbot-err-length = Ответ должен содержать от 1 до { $max } символов.
rmbot-err-date = Не удалось распознать дату. Напишите её в формате ДД.ММ.ГГГГ, например 15.05.2026.
rmbot-err-past = Срок исполнения не может быть раньше сегодняшнего дня ({ $today }).
rmbot-text-only = Ответьте текстом.
rmbot-saved = ✅ Сохранено.

## Annual report draft, 003 sections 1.3 and 3.1 (admin/reports, src/jobs/report-reminders.ts, src/bot/features/report.ts)
report-nav = Годовой отчёт
report-page-title = Проект годового отчёта: разделы 1.3 и 3.1
report-form-year = Отчётный год
report-form-top = Услуг в разделе 1.3
report-all-option = Все государственные органы (уполномоченный орган)
report-deadline-note = Отчёт за { $year } год размещается на веб-портале «электронного правительства» не позднее { $date } (пункт 9 Правил формирования и представления отчета).
report-docx-kk = DOCX (на казахском)
report-docx-ru = DOCX (на русском)
report-xlsx = XLSX (исходные данные)
report-draft = ПРОЕКТ
report-title = Отчет о деятельности по вопросам оказания государственных услуг за { $year } год
report-agency = Государственный орган: { $agency }
report-all-agencies = Сводные данные по всем государственным органам (для уполномоченного органа)
report-basis = Проект составлен по опросным листам (приложение 2 к Правилам оптимизации и автоматизации государственных услуг), решениям Межведомственной комиссии по вопросам оказания государственных услуг и дорожным картам (приложение 3 к Правилам). Сведения по состоянию на { $date }
report-section-1 = 1. Общие положения
report-section-1-3 = 3) Информация о наиболее востребованных государственных услугах
report-demand-intro = Наиболее востребованные государственные услуги по количеству оказанных за { $year } год (параметр 1 опросного листа): { $shown } из { $total }.
report-demand-none = Нет представленных опросных листов с количеством услуг, оказанных за { $year } год.
report-col-no = №
report-col-service = Государственная услуга
report-col-code = Код услуги
report-col-agency = Государственный орган
report-col-count = Оказано за { $year } год
report-col-rank = Место
report-col-campaign = Опросный лист (год кампании)
report-col-in-top = Включена в раздел 1.3
report-col-meeting = Дата заседания
report-col-approved = Дата утверждения
report-section-3 = 3. Деятельность по совершенствованию процессов оказания государственных услуг
report-section-3-1 = 1) Результаты автоматизации процессов оказания государственных услуг
report-considered = Межведомственной комиссией в { $year } году рассмотрено государственных услуг: { $count }.
report-col-decision = Решение Комиссии
report-col-services = Услуг
report-roadmaps = Дорожных карт по оптимизации и автоматизации (приложение 3 к Правилам), открытых решениями Комиссии в { $year } году: { $count }.
report-col-roadmaps = Дорожных карт
report-outcome-completed-on-time = Исполнена в срок
report-outcome-completed-late = Исполнена с нарушением срока
report-outcome-in-progress = Исполняется
report-outcome-overdue = Не исполнена, срок нарушен
report-activities-intro = Исполнение мероприятий дорожных карт по состоянию на { $date }:
report-col-activity = Мероприятие
report-proposals-intro = Предложения по рассмотренным услугам: по ответам государственных органов в опросных листах и по решениям Комиссии (услуги, рекомендованные к оптимизации и автоматизации).
report-col-proposal = Предложение
report-col-answered = По ответам
report-col-decided = По решениям Комиссии
report-prop-term = Сокращение срока оказания услуги, услуг
report-prop-documents-services = Исключение документов из перечня требуемых документов, услуг
report-prop-documents = Исключаемых документов
report-prop-electronic = Перевод в исключительно электронный формат, услуг
report-prop-proactive = Перевод в проактивный формат, услуг
report-terms-title = Сокращение сроков оказания услуг
report-col-term = Срок: действующий → предлагаемый
report-docs-title = Документы, исключаемые из перечня требуемых документов
report-col-documents = Документы
report-col-count-docs = Количество
report-docs-reduction = Требуемых документов: { $from } → { $to }
report-col-appendix1 = Приложение 1
report-agencies-title = По государственным органам (по ответам)
report-col-considered = Рассмотрено услуг
report-col-recommended = Рекомендовано
report-col-on-time = Исполнены в срок
report-col-late = С нарушением срока
report-col-terms = Сокращение срока
report-col-docs = Исключаемых документов
report-col-electronic = Исключительно электронный формат
report-col-proactive = Проактивный формат
report-details-in-xlsx = Перечни услуг с предлагаемыми сроками и исключаемыми документами приведены в файле XLSX (исходные данные).
report-sheet-demand = 1.3 Востребованные услуги
report-sheet-considered = 3.1 Рассмотренные услуги
report-sheet-roadmaps = 3.1 Дорожные карты
report-remind =
    📊 <b>Проект годового отчёта за { $year } год готов</b>
    Разделы 1.3 (наиболее востребованные услуги) и 3.1 (результаты автоматизации) составлены по опросным листам, решениям Межведомственной комиссии и дорожным картам. Проверьте цифры перед размещением.
    Срок размещения отчёта: не позднее { $date }
btn-report-draft = 📄 Получить проект (DOCX)
report-bot-caption = Проект годового отчёта за { $year } год
report-bot-stale = Эта кнопка больше не активна.

## Appendix 1: the business process and the proposals (src/domain/process.ts, src/bot/features/process)
p-section-current = Действующий бизнес-процесс оказания услуги
p-section-proposals = Предложения
p-section-proposed = Предлагаемый бизнес-процесс оказания услуги
p-title-1 = Шаги действующего бизнес-процесса
p-title-2 = Истребуемые документы
p-title-3 = Потребители услуги
p-title-4 = Оказание исключительно в электронном формате
p-title-5 = Бумажный формат
p-title-6 = Одноразовый пароль
p-title-7 = Оказание по принципу «одного заявления»
p-title-8 = Проактивное оказание
p-title-9 = Полная автоматизация
p-title-10 = Сокращение сроков
p-title-11 = Сокращение документов
p-title-12 = Сокращение шагов
p-title-13 = Сокращение полей
p-title-14 = Альтернатива через услугодателя
p-title-15 = Шаги предлагаемого бизнес-процесса
p-title-16 = Истребуемые документы после оптимизации
p-hint-1 = Перечислите шаги действующего бизнес-процесса по порядку, по одному на строку (можно несколькими сообщениями, всего не больше { $max }), затем нажмите «Готово». Схему процесса можно приложить на экране проверки приложения 1.
p-hint-2 = Перечислите документы, которые сейчас требуются от услугополучателя, по одному на строку (всего не больше { $max }), затем нажмите «Готово». Если документы не требуются, нажмите «Таких документов нет».
p-hint-3 = Кто получает услугу? Выберите: физические лица, юридические лица или и те и другие.
p-hint-4 = Можно ли оказывать услугу исключительно в электронном формате? Выберите: да или нет.
p-hint-5 = Бумажный формат услуги: исключить или оставить?
p-hint-6 = Можно ли оказывать услугу с одноразовым паролем? Выберите: да или нет.
p-hint-7 = Можно ли оказывать услугу вместе с другими услугами по принципу «одного заявления»? При ответе «да» перечислите эти услуги.
p-hint-8 = Можно ли оказывать услугу проактивно (без заявления, по инициативе услугодателя)? Выберите: да или нет.
p-hint-9 = Возможна ли полная автоматизация услуги (без участия работников услугодателя)? Выберите: да или нет.
p-hint-10 = Можно ли сократить срок оказания услуги? При ответе «да» укажите, со скольких до скольких.
p-hint-11 = Можно ли сократить число истребуемых документов? При ответе «да» укажите, со скольких до скольких.
p-hint-12 = Можно ли сократить число шагов процесса? При ответе «да» укажите, со скольких до скольких.
p-hint-13 = Можно ли сократить число полей ручного ввода? При ответе «да» укажите, со скольких до скольких.
p-hint-14 = Альтернатива подачи документов и получения результата через услугодателя: исключить или оставить?
p-hint-15 = Перечислите шаги предлагаемого (оптимизированного) бизнес-процесса по порядку, по одному на строку (всего не больше { $max }), затем нажмите «Готово».
p-hint-16 = Перечислите документы, которые останутся истребуемыми после оптимизации, по одному на строку (всего не больше { $max }), затем нажмите «Готово». Если не останется ни одного, нажмите «Таких документов нет».
p-ask-range-11 = Со скольких до скольких документов? Например «6 → 3» или «с 6 до 3».
p-ask-range-12 = Со скольких до скольких шагов? Например «8 → 4» или «с 8 до 4».
p-ask-range-13 = Со скольких до скольких полей? Например «12 → 5» или «с 12 до 5».
p-ask-services = Перечислите услуги, которые можно оказывать по «одному заявлению» вместе с этой, по одной на строку (всего не больше { $max }).
p-ask-term-current = Укажите действующий срок оказания услуги, например «15 рабочих дней», «10 календарных дней» или «3 часа».
p-ask-term-target = До какого срока можно сократить? Например «5 рабочих дней»; число без единицы считается в единицах действующего срока.
p-err-range-format = Укажите два целых числа — со скольких до скольких, например «6 → 3» или «с 6 до 3».
p-err-range-order = Второе число (сколько останется) не может быть больше первого.
p-err-range-same = Число не меняется — это не сокращение. Если сократить нельзя, нажмите «◀ Назад» и выберите «Нет».
p-err-term-same = Новый срок равен действующему — это не сокращение. Если сократить нельзя, нажмите «◀ Назад» и выберите «Нет».
p-progress = Приложение 1, пункт { $no } из { $total }
p-reply-to-old = Это ответ на другой шаг (пункт { $no } приложения 1), а бот сейчас ждёт ответа на вопрос ниже, поэтому сообщение не сохранено. Чтобы изменить прежний ответ, используйте кнопку с номером пункта в проверке приложения 1.
p-prefill-title =
    <b>Предложения по ответам опросного листа</b>
    Они следуют из ваших ответов на опросный лист. Подтвердите их или исправьте нужный пункт:
p-prefill-item = { $n }. { $title }: <b>{ $answer }</b> (параметр { $q })
btn-p-confirm = ✅ Подтвердить все
btn-p-correct = ✏️ Исправить { $n }
p-prefill-saved = Подтверждено предложений: { $count }.
p-review-title = <b>Приложение 1: бизнес-процесс</b> — { $service }
p-review-item = <b>{ $n }. { $title }:</b> { $answer }
p-review-diagram = Схема действующего бизнес-процесса: { $diagram }
p-review-hint = Чтобы изменить пункт, нажмите кнопку с его номером.
p-review-optional = В этой кампании приложение 1 не обязательно для отправки.
btn-p-open = 📋 Приложение 1 ({ $done }/{ $total })
btn-p-diagram = 📎 Схема процесса
btn-p-to-questionnaire = ◀ К опросному листу
p-diagram-ask = Пришлите схему действующего бизнес-процесса: файл PDF, DOCX, VSDX или PNG до 20 МБ.
p-diagram-bad-type = Этот тип файла не принимается. Пришлите PDF, DOCX, VSDX или PNG.
p-diagram-bad-content = Содержимое файла не соответствует его расширению: это не PDF, DOCX, VSDX или PNG. Пришлите саму схему.
review-process = Приложение 1 (бизнес-процесс): заполнено { $done } из { $total }
submit-incomplete-process = Заполните приложение 1 (бизнес-процесс) перед отправкой: не заполнены пункты № { $missing }.
p-appendix-title = Приложение 1: бизнес-процесс и предложения
p-appendix-mark = Приложение 1 к Правилам оптимизации и автоматизации государственных услуг
p-col = Приложение 1, п. { $no }. { $name }
admin-export-process-docx = Приложение 1 (DOCX)
admin-process-history = История изменений приложения 1
admin-material-diagram = Схема бизнес-процесса (приложение 1)
admin-campaign-process = Приложение 1 (бизнес-процесс)
admin-campaign-process-required = Опросный лист отправляется только вместе с заполненным приложением 1.
admin-campaign-process-optional = В этом году приложение 1 не обязательно: опросный лист можно отправить без него.
admin-campaign-process-relax = Сделать необязательным в этом году
admin-campaign-process-require = Сделать обязательным


## Audit log in words (admin/audit/labels.ts)
audit-any-action = Любое действие
audit-any-entity = Любой объект
audit-any-actor = Кто угодно
audit-actor-system = Система
audit-actor-official = Сотрудник: { $name }
audit-actor-unknown = { $actor } (удалён)
audit-col-change = Изменение
audit-no-change = без подробностей
audit-action-accept = Принятие опросного листа
audit-action-add-services = Добавление услуг в кампанию
audit-action-agenda-add = Добавление вопросов в повестку
audit-action-agenda-approve = Утверждение повестки
audit-action-agenda-item = Изменение вопроса повестки
audit-action-agenda-move = Изменение порядка вопросов повестки
audit-action-agenda-remove = Исключение вопроса из повестки
audit-action-agenda-reopen = Новая редакция повестки
audit-action-agenda-send = Рассылка повестки членам Комиссии
audit-action-approve = Утверждение
audit-action-archive = Перенос в архив
audit-action-attendance = Отметка присутствующих
audit-action-cancel = Отмена
audit-action-close = Закрытие
audit-action-create = Создание
audit-action-create-test-official = Создание тестового сотрудника
audit-action-decision = Решение по вопросу повестки
audit-action-delete = Удаление
audit-action-import = Импорт
audit-action-invite-create = Создание приглашения
audit-action-invite-redeem = Подключение по приглашению
audit-action-invite-revoke = Отзыв приглашения
audit-action-login = Вход в панель
audit-action-logout = Выход из панели
audit-action-meeting-cancel = Отмена заседания
audit-action-meeting-held = Заседание проведено
audit-action-official-agency-change = Переход сотрудника в другой государственный орган
audit-action-put = Запись дня в календарь
audit-action-remove-service = Исключение услуги из кампании
audit-action-reopen = Открытие для изменений
audit-action-submit = Отправка опросного листа на рассмотрение
audit-action-return = Возврат на доработку
audit-action-roadmap-close = Закрытие дорожной карты
audit-action-roadmap-restore = Восстановление дорожной карты
audit-action-send-list = Рассылка перечня государственных услуг
audit-action-unarchive = Возврат из архива
audit-action-update = Изменение
audit-action-update-policy = Изменение правил напоминаний
audit-action-update-process-optional = Изменение обязательности приложения 1
audit-entity-admin = пользователь панели
audit-entity-agency = государственный орган
audit-entity-agenda_item = вопрос повестки
audit-entity-calendar = рабочий календарь
audit-entity-campaign = кампания
audit-entity-invite = приглашение
audit-entity-meeting = заседание
audit-entity-official = сотрудник
audit-entity-response = опросный лист
audit-entity-roadmap = дорожная карта
audit-entity-roadmap_activity = мероприятие дорожной карты
audit-entity-service = государственная услуга
audit-field-adminId = Пользователь панели (№)
audit-field-agencyId = Государственный орган (№)
audit-field-archivedAt = В архиве с
audit-field-attendance = Присутствующие
audit-field-campaignId = Кампания (№)
audit-field-code = Код
audit-field-comment = Комментарий
audit-field-decision = Решение
audit-field-dueOn = Срок
audit-field-inviteId = Приглашение (№)
audit-field-linked = Подключено опросных листов
audit-field-listSentOn = Перечень направлен
audit-field-locale = Язык
audit-field-minutes = Минут
audit-field-name = Имя
audit-field-nameKk = Наименование на казахском
audit-field-nameRu = Наименование на русском
audit-field-note = Примечание
audit-field-place = Место
audit-field-processOptional = Приложение 1 не обязательно
audit-field-reason = Причина
audit-field-role = Роль
audit-field-serviceIds = Услуги (№)
audit-field-speaker = Докладчик
audit-field-startsAt = Начало
audit-field-status = Статус
audit-field-target = Для кого
audit-field-telegramId = Telegram ID
audit-field-title = Название
audit-field-unlinked = Отключено опросных листов
audit-field-version = Редакция
audit-field-year = Год
