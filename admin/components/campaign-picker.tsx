/** A select that switches the page to another campaign (shown when there are two or more). */
import type { CampaignRow } from "../../src/db/repositories/campaigns.js";
import { useT } from "./request.js";

export function CampaignPicker(props: {
  campaigns: CampaignRow[];
  current: number;
  action: string;
}) {
  const t = useT();
  if (props.campaigns.length < 2) return null;
  return (
    <form method="get" action={props.action} class="inline">
      <label>
        {t("admin-campaign")}{" "}
        <select name="campaign" data-autosubmit>
          {props.campaigns.map((c) => (
            <option value={String(c.id)} selected={c.id === props.current}>
              {c.year} — {c.title}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit">OK</button>
      </noscript>
    </form>
  );
}
