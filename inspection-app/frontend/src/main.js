import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import router from './router'
import { useDictionaryStore } from './stores/dictionary'
import './styles.css'

const pinia = createPinia()
// the dictionary of display names is public: ask for it at once, beside the session check
useDictionaryStore(pinia).load()
createApp(App).use(pinia).use(router).mount('#app')
