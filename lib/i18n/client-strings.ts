// The strings the client components on every page need (the error boundary, the print button):
// part of the catalogue (`t` in ./zh-CN composes them), kept in their own module so a page's
// JavaScript carries these few strings, not the whole catalogue (as ./messages does for forms).

export const common = {
  notFound: '未找到该记录。',
  notFoundHeading: '页面不存在',
  notFoundHint: '该页面或记录不存在，可能已被移动或编号有误。',
  backHome: '返回总览',
  errorHeading: '页面出错了',
  errorHint: '加载数据时发生错误，请稍后重试。如多次出现，请联系系统管理员。',
  retry: '重试',
} as const;

export const print = '打印';
