package com.kneeline.base.ui;

/**
 * Cache-busting for our own files under {@code frontend/} (served at {@code /web/**}). Vaadin puts no content hash
 * on {@code context://} URLs, so every such URL carries {@code ?v=}{@link #VERSION}. The value is the first eight
 * hex digits of a SHA-256 over {@code frontend/}; {@code WebAssetsTest} fails with the new value whenever a file
 * there changes, so a browser can never keep a stale copy after a release.
 */
public final class WebAssets {

    public static final String VERSION = "a62e5b4b";

    public static final String STYLESHEET = "context://web/kneeline.css?v=" + VERSION;

    private WebAssets() {
    }
}
