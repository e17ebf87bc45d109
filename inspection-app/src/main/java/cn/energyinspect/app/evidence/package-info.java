/**
 * Evidence files: photos and PDFs that enterprises upload to show a rectification, and inspectors' on-site photos.
 *
 * <p>{@link cn.energyinspect.app.evidence.EvidenceStore} is content-addressed: a file is stored once under the SHA-256
 * of its bytes ({@code storeDir/ab/cd/<sha256>}), and the storage key is that hash. Why:
 *
 * <ul>
 *   <li>The key is derived from content, never from a user-supplied name, so it cannot express a path; {@code open}
 *       accepts nothing but 64 lower-case hex digits.
 *   <li>The same photo attached to several cases is stored once, and the hash doubles as an integrity check for the
 *       documents that cite it.
 *   <li>The media type is sniffed from the first bytes, not taken from the file name or the declared type: an
 *       executable renamed {@code .jpg} is refused, a JPEG named {@code .pdf} is recorded as {@code image/jpeg}.
 * </ul>
 *
 * <p>Uploads are streamed to {@code storeDir/tmp}, hashed and counted on the way, synced and then renamed into place
 * with {@code ATOMIC_MOVE}: a crash leaves at most a temporary file, never a half-written evidence file. Temporary files
 * older than an hour are removed when the store starts. The original file name is metadata only (last path segment,
 * control characters removed, at most 200 characters); it never becomes part of a path.
 */
package cn.energyinspect.app.evidence;
