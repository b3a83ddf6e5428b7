// Dear ImGui configuration for Dateline (IMGUI_USER_CONFIG).
#pragma once

// 32-bit indices: the 1.86 OpenGL3 backend never sets RendererHasVtxOffset on WebGL, so a draw
// list over 65,535 vertices would assert with 16-bit indices (Tracy does the same).
#define ImDrawIdx unsigned int

// No imgui.ini, no fopen: the app keeps its state in the URL and the browser's storage.
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
