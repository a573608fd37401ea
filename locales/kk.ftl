# Қазақша. Every user-visible string of the bot and the admin panel.
# Sections are owned by modules; keep keys in the same order as ru.ftl.

## common
