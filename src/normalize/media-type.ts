/** Which media types the generator treats as JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(mediaType) || mediaType === '*/*';
}
