// Types for electron-vite's main-process imports (e.g. `icon.png?asset`: a path to the file at run time).
/// <reference types="electron-vite/node" />
