/** A printed detail's lines: one reads as text; several (event days, a place and its address, endorsements) as a list. */
export function DetailLines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return lines[0];
  return (
    <ul className="space-y-1">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
