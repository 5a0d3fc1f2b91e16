/**
 * How a response body is read, from its actual `Content-Type`: the same rules
 * the generator used to type it (a test holds the two classifiers equal).
 */
export type MediaKind = 'json' | 'form' | 'multipart' | 'text' | 'event-stream' | 'binary';

export function mediaKind(type: string): MediaKind {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  if (/^application\/(?:[\w.-]+\+)?json$/.test(essence) || essence === '*/*') return 'json';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  if (essence === 'multipart/form-data') return 'multipart';
  if (essence === 'text/event-stream') return 'event-stream';
  if (essence.startsWith('text/') || /^application\/(?:[\w.-]+\+)?xml$/.test(essence))
    return 'text';
  return 'binary';
}
