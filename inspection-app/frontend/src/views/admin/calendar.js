// Labels of the holiday calendar pages.
export const STATE_LABELS = {
  SHIPPED: { text: '内置数据', type: 'info' },
  ENTERED: { text: '管理员录入', type: 'success' },
  PROVISIONAL: { text: '未载入（暂按周末计算）', type: 'warning' },
}

export const KIND_LABELS = { HOLIDAY: '放假', WORKDAY: '调休上班' }
