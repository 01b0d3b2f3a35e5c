// A Vue 3 app that uses <news-card> the way a site would (tests/e2e/frameworks.test.mjs bundles
// it with esbuild, with Vue's full build so the template below is compiled in the browser):
// one card gets its article as a property (`.prop`), one gets `src` from state, both report
// `news-card:load` to the app (`@news-card:load`), a button unmounts and remounts them (`v-if`)
// and another hides them (`v-show`).
import { createApp, ref } from "vue";
import chip from "../../../static/articles/2021-03-10-this-chip-for-ai-works-using-light-not-electrons.json";

const FILES = [
  "/articles/2019-12-17-amazon-releases-a-new-tool-to-improve-machine-learning-processes.json",
  "/articles/2021-03-12-nvidia-launches-ai-enterprise-suite-for-vmware-vsphere.json",
];

const app = createApp({
  setup() {
    const mounted = ref(true);
    const visible = ref(true);
    const file = ref(0);
    const loads = ref([]);
    const onLoad = (event) => {
      const entry = `${event.currentTarget.id}|${event.detail.title}`;
      window.__loads.push(entry);
      loads.value.push(entry);
    };
    return { mounted, visible, file, loads, onLoad, chip, FILES };
  },
  // `:article.prop` sets the property even before news-card.js has defined the element (the
  // element takes it over when it upgrades); a plain `:article` would check `article in el`
  // and, on an element not yet defined, set the attribute "[object Object]".
  template: `
    <button id="toggle" @click="mounted = !mounted">{{ mounted ? "Remove cards" : "Show cards" }}</button>
    <button id="next" @click="file = (file + 1) % FILES.length">Next article</button>
    <button id="hide" @click="visible = !visible">{{ visible ? "Hide cards" : "Unhide cards" }}</button>
    <div v-if="mounted" class="cards">
      <news-card id="by-property" v-show="visible" :article.prop="chip" @news-card:load="onLoad">
        <a :href="chip.webUrl">Read “{{ chip.title }}”</a>
      </news-card>
      <news-card id="by-src" v-show="visible" :src="FILES[file]" @news-card:load="onLoad">
        <a :href="FILES[file]">Read the story</a>
      </news-card>
    </div>
    <ol id="loads"><li v-for="(entry, i) in loads" :key="i">{{ entry }}</li></ol>
  `,
});
// Without this, Vue's template compiler takes <news-card> for a Vue component it cannot
// resolve, and warns.
app.config.compilerOptions.isCustomElement = (tag) => tag === "news-card";

window.__loads = [];
// Vue mounts at once, before news-card.js has loaded the widget: the properties it sets are
// taken over by the element when it upgrades.
window.__definedAtRender = Boolean(customElements.get("news-card"));
app.mount("#root");
