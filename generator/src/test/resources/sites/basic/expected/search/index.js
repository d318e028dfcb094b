colophonSearch("index.js",{"v":2,"lang":"en","n":4,"avgdl":6,"dl":"JOOG","frag":8,"typoMin":4,"comments":"","tags":[["Java","java",2],["web","web",2]],"years":[[2026,3]],"terms":[""],"typos":[""]});
