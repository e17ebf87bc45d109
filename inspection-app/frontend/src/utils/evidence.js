// What the server accepts as evidence (energyinspect.evidence: PDF, JPEG, PNG, HEIC by content; 20 MB), checked in the
// browser before sending so a wrong file fails at once. The server still checks the content and has the last word.
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
const ALLOWED = {
  pdf: ['application/pdf'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  heic: ['image/heic', 'image/heif'],
}
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.heic,application/pdf,image/jpeg,image/png,image/heic'

/** null when the file may be sent, else the reason (zh-CN). */
export function evidenceProblem(file) {
  const ext = (file.name.split('.').pop() || '').toLowerCase()
  const types = ALLOWED[ext]
  if (!types || (file.type && !types.includes(file.type))) {
    return `不支持的文件类型（${file.name}）：仅接受 PDF、JPEG、PNG 或 HEIC 格式的文件`
  }
  if (file.size === 0) return `文件为空：${file.name}`
  if (file.size > MAX_EVIDENCE_BYTES) {
    return `文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB）：单个文件不能超过 20 MB`
  }
  return null
}
