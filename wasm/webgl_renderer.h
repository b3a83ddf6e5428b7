// Draws Dear ImGui's draw data with WebGL2, for an app that owns its whole WebGL context.
//
// Why not Dear ImGui's OpenGL3 backend: it saves and restores every piece of GL state around each
// frame (viewport, scissor box, six blend settings...), so that it can run inside a larger GL
// engine. In a browser each of those reads is a round trip to the GPU process that waits for
// all the drawing queued before it: with software rendering that was most of each frame's time
// and a tenth of a second of start-up. Dateline is the context's only user, so this renderer
// sets its state once and never reads any back; the only read is the program's link status,
// once, to say clearly when WebGL2 cannot draw.
//
// The font atlas is uploaded as one channel (its coverage), not four: the glyphs are white, so
// the shader takes the colour from the vertex and only the alpha from the texture, the same
// result as ImGui's RGBA atlas with a quarter of the bytes to convert and upload.
#pragma once

struct ImDrawData;

namespace dateline::webgl {

// Compiles the shader and makes the buffers; false (with a message in `error`) if WebGL2 cannot.
bool init(const char** error);
// Uploads ImGui's current font atlas (after it is built or rebuilt) and gives ImGui its id.
void upload_font_atlas();
// Draws one frame's draw data into the canvas (the caller clears it first).
void render(const ImDrawData* data);

}  // namespace dateline::webgl
