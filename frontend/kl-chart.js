// <kl-chart>: draws a Chart.js chart from a JSON config set by the server. Chart.js itself comes from its WebJar
// (loaded as a classic script, so it defines window.Chart); this module only bridges the element and the library.
class KlChart extends HTMLElement {
  static get observedAttributes() {
    return ['config'];
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  attributeChangedCallback() {
    this._render();
  }

  _render() {
    if (!this.isConnected || !this._canvas) {
      return;
    }
    if (!window.Chart) {
      // The WebJar script may still be loading: try again shortly rather than failing silently.
      setTimeout(() => this._render(), 50);
      return;
    }
    const config = JSON.parse(this.getAttribute('config') || '{}');
    this._canvas.setAttribute('aria-label', this.getAttribute('summary') || '');
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
    if (this._chart) {
      this._chart.destroy();
    }
    this._chart = new window.Chart(this._canvas, config);
    this.dataset.rendered = 'true';
  }
}

customElements.define('kl-chart', KlChart);
