/**
 * Telephone links from the numbers editors type, e.g. "(720) 555-0142" with extension
 * "2" → `tel:+17205550142,2` (the comma pauses, then dials the extension).
 */

/** Digits in E.164 form; ten-digit numbers are taken as North American (+1). */
export function e164(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (!digits) return "";
  if (trimmed.startsWith("+")) return `+${digits}`;
  if (trimmed.startsWith("00")) return `+${digits.slice(2)}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith("1")) return `+${digits}`;
  return digits;
}

export function telHref(phone: string, extension = ""): string {
  const number = e164(phone);
  const ext = extension.replace(/\D/g, "");
  return `tel:${number}${ext ? `,${ext}` : ""}`;
}

export function phoneLabel(phone: string, extension = ""): string {
  const ext = extension.trim();
  return ext ? `${phone} ext. ${ext}` : phone;
}
