/** The language of a document from `?lang=` (kk or ru; anything else gives ru). */
import { z } from "zod";

export const DocLang = z.enum(["kk", "ru"]).catch("ru");
