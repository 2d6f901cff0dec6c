"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";

/**
 * The upload form: a real form posting to a server action, so it works without JavaScript. When
 * JavaScript runs, the file goes to `endpoint` instead, which lets the page show how much has been
 * sent; both end on the same page.
 */
export function UploadForm({
  action,
  endpoint,
  locale,
  className,
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  endpoint: string;
  locale: string;
  className?: string;
  children: ReactNode;
}) {
  const t = useTranslations("DocumentsPage");
  const [progress, setProgress] = useState<{ percent: number; failed: boolean } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    // No file chosen: the server action answers with its message.
    if (!(file instanceof File) || file.name === "") return;
    event.preventDefault();
    data.set("locale", locale);
    const request = new XMLHttpRequest();
    request.open("POST", endpoint);
    request.responseType = "json";
    request.upload.onprogress = (progressEvent) => {
      if (progressEvent.lengthComputable)
        setProgress({ percent: Math.round((progressEvent.loaded / progressEvent.total) * 100), failed: false });
    };
    request.onload = () => {
      const location = (request.response as { location?: unknown } | null)?.location;
      if (typeof location === "string" && location.startsWith(`/${locale}/`)) window.location.assign(location);
      else setProgress({ percent: 0, failed: true });
    };
    request.onerror = () => setProgress({ percent: 0, failed: true });
    setProgress({ percent: 0, failed: false });
    request.send(data);
  }

  return (
    <form action={action} onSubmit={onSubmit} className={className}>
      {children}
      <div role="status" className="mt-3">
        {progress && !progress.failed ? (
          <label className="flex items-center gap-3">
            {t("uploading", { percent: progress.percent })}
            <progress max={100} value={progress.percent} className="h-3 w-48" />
          </label>
        ) : null}
        {progress?.failed ? <p className="font-semibold text-error">{t("uploadFailed")}</p> : null}
      </div>
    </form>
  );
}
