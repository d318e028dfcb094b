package dev.colophon.comments.config;

/** How the server writes its log lines: {@code text} for people, {@code json} (one object per line) for collectors. */
public enum LogFormat { TEXT, JSON }
