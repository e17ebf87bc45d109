// Photos, files, signatures and positions as the device takes them: photos compressed on the device (longest side and
// JPEG quality configurable) with the original's EXIF time and GPS kept in our metadata, every file's SHA-256 computed
// when it is taken, positions only with the user's consent (the browser asks) and "no fix" said instead of failing.
import imageCompression from 'browser-image-compression'
import exifr from 'exifr'

const SETTINGS_KEY = 'ei.photo'
export const DEFAULT_PHOTO = { maxSide: 2048, quality: 0.8 }

export function photoSettings() {
  try {
    return { ...DEFAULT_PHOTO, ...JSON.parse(localStorage.getItem(SETTINGS_KEY) || '{}') }
  } catch {
    return { ...DEFAULT_PHOTO }
  }
}

export function savePhotoSettings(settings) {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ maxSide: Number(settings.maxSide), quality: Number(settings.quality) }))
}

export async function sha256(blob) {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The device's position, or why there is none (never an exception). */
export function position(timeout = 8000) {
  return new Promise((resolve) => {
    if (!navigator.geolocation) {
      resolve({ noFix: '此设备不支持定位' })
      return
    }
    navigator.geolocation.getCurrentPosition(
      (p) =>
        resolve({
          latitude: p.coords.latitude,
          longitude: p.coords.longitude,
          accuracyMeters: Math.round(p.coords.accuracy * 10) / 10,
          at: new Date(p.timestamp || Date.now()).toISOString(),
        }),
      (e) => resolve({ noFix: e.code === 1 ? '未获准使用定位' : e.code === 3 ? '定位超时' : '无法获取位置' }),
      { enableHighAccuracy: true, timeout, maximumAge: 60000 },
    )
  })
}

function exifDate(value) {
  if (!value) return null
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // EXIF times have no zone: keep the camera's wall-clock time as written
    const p = (n) => String(n).padStart(2, '0')
    return `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}T${p(value.getHours())}:${p(value.getMinutes())}:${p(value.getSeconds())}`
  }
  return String(value).slice(0, 40)
}

/** A photo ready to keep: compressed, hashed, with its EXIF time and GPS and the device's position. */
export async function preparePhoto(file, caption, itemCode) {
  let exif = null
  try {
    exif = await exifr.parse(file, { tiff: true, exif: true, gps: true })
  } catch {
    exif = null
  }
  const settings = photoSettings()
  const compressible = /^image\/(jpeg|png|webp)$/.test(file.type)
  const blob = compressible
    ? await imageCompression(file, {
        maxWidthOrHeight: settings.maxSide,
        initialQuality: settings.quality,
        fileType: 'image/jpeg',
        useWebWorker: false, // the worker would load the library from a CDN: not offline, not allowed by the CSP
        maxSizeMB: 20,
      })
    : file
  const name = compressible ? file.name.replace(/\.[^.]+$/, '') + '.jpg' : file.name
  const where = await position()
  const hash = await sha256(blob)
  const takenAt = new Date().toISOString()
  return {
    kind: 'PHOTO',
    name,
    caption,
    itemCode,
    blob,
    size: blob.size,
    sha256: hash,
    originalBytes: file.size,
    meta: {
      kind: 'PHOTO',
      sha256: hash,
      caption,
      itemCode,
      takenAt,
      position: where,
      exifTakenAt: exifDate(exif?.DateTimeOriginal || exif?.CreateDate),
      exifLatitude: typeof exif?.latitude === 'number' ? exif.latitude : null,
      exifLongitude: typeof exif?.longitude === 'number' ? exif.longitude : null,
      originalBytes: file.size,
    },
  }
}

/** A PDF or other file from the device, kept as it is. */
export async function prepareFile(file, caption, itemCode) {
  const hash = await sha256(file)
  return {
    kind: 'FILE',
    name: file.name,
    caption,
    itemCode,
    blob: file,
    size: file.size,
    sha256: hash,
    meta: { kind: 'FILE', sha256: hash, caption, itemCode, takenAt: new Date().toISOString(), originalBytes: file.size },
  }
}

/** A signature drawn on the canvas, as a PNG evidence item. */
export async function prepareSignature(canvas, role, signer, signerName) {
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'))
  const hash = await sha256(blob)
  return {
    kind: 'SIGNATURE',
    name: `签名-${signerName || signer}.png`,
    caption: `${role === 'INSPECTOR' ? '监察人员' : '被监察单位代表'}签名：${signerName || signer}`,
    blob,
    size: blob.size,
    sha256: hash,
    signer,
    signerName,
    signerRole: role,
    meta: { kind: 'SIGNATURE', sha256: hash, takenAt: new Date().toISOString(), signerRole: role, signer },
  }
}
