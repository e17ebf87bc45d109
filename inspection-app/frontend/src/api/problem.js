// RFC 9457 problem details from the API → what a person reads. Pure functions (no Vue, no DOM): unit-tested with node.

/** An API call that failed: HTTP status, the problem document (if any) and its field errors by field name. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(messageOf(status, problem))
    this.name = 'ApiError'
    this.status = status
    this.problem = problem || null
    this.type = problem?.type || null
    this.fields = fieldErrors(problem)
  }

  /** True when the server named offending fields (a 422 validation problem, or a 413 naming the file). */
  get hasFieldErrors() {
    return Object.keys(this.fields).length > 0
  }
}

const STATUS_TEXT = {
  400: '请求格式错误',
  401: '未登录或登录已过期，请重新登录',
  403: '无权执行此操作',
  404: '记录不存在或不在您的管辖范围内',
  409: '当前状态不允许此操作',
  413: '上传内容过大',
  422: '输入数据未通过校验',
  429: '尝试次数过多，请稍后再试',
  500: '服务器内部错误',
  502: '服务器暂时无法访问，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
  504: '服务器响应超时，请稍后再试',
}

/** The sentence to show for a failed call: the problem's detail, else its title, else a text for the status. */
export function messageOf(status, problem) {
  const detail = typeof problem?.detail === 'string' ? problem.detail.trim() : ''
  const title = typeof problem?.title === 'string' ? problem.title.trim() : ''
  if (status === 422 && title && Array.isArray(problem?.errors) && problem.errors.length) {
    // the detail of a validation problem lists raw field names; the fields are shown next to the inputs instead
    return title
  }
  return detail || title || STATUS_TEXT[status] || (status ? `请求失败（HTTP ${status}）` : '网络连接失败，请检查网络后重试')
}

/**
 * `errors: [{field, message}]` → `{field: message}`; several messages for one field are joined. Nested names such as
 * `record.place` or `items[findingId=3].deadline` are kept as they are, so a form can use them as keys.
 */
export function fieldErrors(problem) {
  const out = {}
  if (!problem || !Array.isArray(problem.errors)) return out
  for (const e of problem.errors) {
    if (!e || typeof e.field !== 'string') continue
    const message = typeof e.message === 'string' ? e.message : '无效'
    out[e.field] = out[e.field] ? `${out[e.field]}；${message}` : message
  }
  return out
}

/** Parses a response body that may or may not be problem JSON. */
export function parseProblem(contentType, text) {
  if (!text) return null
  if (contentType && !/json/i.test(contentType)) return null
  try {
    const body = JSON.parse(text)
    return body && typeof body === 'object' ? body : null
  } catch {
    return null
  }
}
