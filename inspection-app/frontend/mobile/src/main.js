import { createApp } from 'vue'
import { Locale } from 'vant'
import zhCN from 'vant/es/locale/lang/zh-CN'
import 'vant/es/toast/style'
import 'vant/es/dialog/style'
import 'vant/es/notify/style'
import App from './App.vue'
import router from './router'
import { loadSession } from './session'
import { loadDictionary } from './dictionary'
import './styles.css'

Locale.use('zh-CN', zhCN)
loadDictionary()
loadSession().then(() => createApp(App).use(router).mount('#app'))
