import { getTranslations } from "next-intl/server";
import type { StaffFile } from "@/lib/applications/review";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/button";
import { TextArea } from "@/components/field";
import { noteAction } from "../actions";

/** Staff's internal notes on the file (never shown to the applicant), and adding one. */
export async function NotesSection({
  file,
  locale,
  when,
}: {
  file: StaffFile;
  locale: AppLocale;
  when: (date: Date) => string;
}) {
  const t = await getTranslations("AdminApplicationPage");
  return (
    <section aria-labelledby="notes-title" id="notes" className="mb-10 bg-surface p-5">
      <h2 id="notes-title" className="mb-1 text-2xl">
        {t("notesTitle")}
      </h2>
      <p className="mb-4 text-muted">{t("notesHint")}</p>
      <ul className="mb-6 space-y-3">
        {file.notes.map((note) => (
          <li key={note.id} className="border-l-4 border-warning pl-3">
            <p className="text-sm text-muted">
              {note.author.firstName} {note.author.lastName} – {when(note.createdAt)}
            </p>
            <p className="whitespace-pre-line">{note.body}</p>
          </li>
        ))}
      </ul>
      <form action={noteAction.bind(null, locale, file.id)}>
        <TextArea name="note" label={t("noteLabel")} rows={3} />
        <Button variant="secondary">{t("addNote")}</Button>
      </form>
    </section>
  );
}
