package dev.colophon.content;

/** Whether a document is a dated post (in lists and feeds) or a standalone page. */
public enum Kind { POST, PAGE }
