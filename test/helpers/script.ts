/** A whole questionnaire answered the way an official would (Russian), for tests and the bench. */
import type { TestUser } from "./bot.js";

export async function answerAllRu(u: TestUser): Promise<void> {
  await u.send("2025: 1 234\n2024: 1 100"); // Q1 demand
  await u.send("Статистика ИС за два года");
  await u.press("Да"); // Q2
  await u.send("Все документы уже есть в ИС");
  await u.press("Частично"); // Q3
  await u.send("Результат выдаётся в бумажном виде по запросу");
  await u.send("15 рабочих дней"); // Q4 current
  await u.send("5 рабочих дней"); // Q4 target
  await u.send("Сокращение согласований");
  await u.send("Справка с места жительства\nКопия удостоверения"); // Q5: a list over messages
  await u.send("Квитанция об оплате");
  await u.press("Готово");
  await u.send("Сведения есть в ГБД ФЛ");
  await u.press("Не применимо"); // Q6
  await u.send("Коллегиальный орган не участвует");
  await u.press("Нет"); // Q7
  await u.send("Нужна подпись руководителя");
  await u.press("Да"); // Q8
  await u.send("Риски низкие");
  await u.press("Нет"); // Q9
  await u.send("Нужно заявление");
  await u.press("Да"); // Q10
  await u.send("Регистрация ИП\nПолучение ЭЦП");
  await u.press("Готово");
  await u.send("Жизненная ситуация «открытие бизнеса»");
  await u.press("Да"); // Q11
  await u.send("12 → 5");
  await u.send("Часть полей подтягивается из ГБД");
  await u.press("Нет"); // Q12
  await u.send("Альтернатива нужна сельским жителям");
  await u.press("Да"); // Q13
  await u.send("ИС «Е-лицензирование»");
  await u.send("АО «НИТ»");
  await u.send("Система работает с 2012 года");
  await u.press("Да"); // Q14
  await u.send("ГБД ФЛ\nГБД ЮЛ");
  await u.press("Готово");
  await u.send("Интеграция через ШЭП");
}

/** Number of updates answerAllRu sends. */
export const FULL_QUESTIONNAIRE_UPDATES = 38;
