// The <news-card> custom element. Its lifecycle callbacks hand the element to the wasm, which
// renders the card into its shadow root. Kept in JS because custom elements must be classes
// extending HTMLElement, which Rust cannot declare.

// One observer for every card on the page: a lazy card fetches when it comes within 200px of
// the viewport.
let observer = null;

function watch(element, changed) {
  if (element._newsCardVisible) return;
  if (typeof IntersectionObserver !== "function") {
    element._newsCardVisible = true;
    return;
  }
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const card = entry.target;
          observer.unobserve(card);
          card._newsCardVisible = true;
          if (card.isConnected) changed(card, true);
        }
      },
      { rootMargin: "200px" },
    );
  }
  observer.observe(element);
}

export function define_news_card(observed, connected, disconnected, changed) {
  if (customElements.get("news-card")) return false;

  class NewsCardElement extends HTMLElement {
    static get observedAttributes() {
      return observed;
    }

    constructor() {
      super();
      this._newsCardVisible = false;
      this._newsCardArticle = undefined;
      // A page (or framework) may have set .article before this script defined the element;
      // that own property would hide the setter below, so take its value over.
      if (Object.prototype.hasOwnProperty.call(this, "article")) {
        const value = this.article;
        delete this.article;
        this._newsCardArticle = value;
      }
    }

    /** The article as a JS object; setting it renders that article instead of fetching `src`. */
    get article() {
      return this._newsCardArticle;
    }

    set article(value) {
      this._newsCardArticle = value;
      if (this.isConnected) changed(this, this._newsCardVisible);
    }

    connectedCallback() {
      watch(this, changed);
      connected(this, this._newsCardVisible);
    }

    disconnectedCallback() {
      if (observer) observer.unobserve(this);
      disconnected(this);
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue !== newValue && this.isConnected) changed(this, this._newsCardVisible);
    }
  }

  customElements.define("news-card", NewsCardElement);
  return true;
}
