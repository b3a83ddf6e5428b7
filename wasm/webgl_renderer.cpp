// Dear ImGui's draw data drawn with WebGL2, no GL state read back (webgl_renderer.h says why).
#include "webgl_renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "imgui.h"

namespace dateline::webgl {
namespace {

// Vertex attributes at fixed locations (no look-up, which would be a round trip).
constexpr GLuint kPosition = 0, kUV = 1, kColor = 2;

const char* const kVertexShader = R"(#version 300 es
uniform vec4 Transform;  // pixels to clip space: scale (xy), then offset (zw)
layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
    Frag_UV = UV;
    Frag_Color = Color;
    gl_Position = vec4(Position * Transform.xy + Transform.zw, 0.0, 1.0);
}
)";

// The atlas holds coverage only (one channel): colour from the vertex, alpha times coverage.
const char* const kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
layout (location = 0) out vec4 Out_Color;
void main() {
    Out_Color = vec4(Frag_Color.rgb, Frag_Color.a * texture(Texture, Frag_UV).r);
}
)";

struct Renderer {
    GLuint program = 0;
    GLint transform = -1;
    GLuint vertex_array = 0, vertices = 0, indices = 0;
    GLsizeiptr vertex_capacity = 0, index_capacity = 0;  // bytes the buffers have room for
    GLuint font_texture = 0;
};
Renderer r;
std::string message;

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;  // its status is read only if the program does not link
}

std::string info_log(GLuint object, bool program) {
    GLint length = 0;
    program ? glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length) : glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    if (length <= 1) return {};
    std::string log(static_cast<size_t>(length), '\0');
    program ? glGetProgramInfoLog(object, length, nullptr, log.data()) : glGetShaderInfoLog(object, length, nullptr, log.data());
    log.resize(log.find('\0') == std::string::npos ? log.size() : log.find('\0'));
    return log;
}

}  // namespace

bool init(const char** error) {
    const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    r.program = glCreateProgram();
    glAttachShader(r.program, vs);
    glAttachShader(r.program, fs);
    glLinkProgram(r.program);
    GLint linked = GL_FALSE;
    glGetProgramiv(r.program, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        message = "WebGL2 could not build Dateline's shader: " + info_log(vs, false) + info_log(fs, false) + info_log(r.program, true);
        *error = message.c_str();
        return false;
    }
    glDetachShader(r.program, vs);
    glDetachShader(r.program, fs);
    glDeleteShader(vs);
    glDeleteShader(fs);
    r.transform = glGetUniformLocation(r.program, "Transform");

    glGenVertexArrays(1, &r.vertex_array);
    glGenBuffers(1, &r.vertices);
    glGenBuffers(1, &r.indices);
    glBindVertexArray(r.vertex_array);  // the vertex layout, once: the array remembers it
    glBindBuffer(GL_ARRAY_BUFFER, r.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r.indices);
    glEnableVertexAttribArray(kPosition);
    glEnableVertexAttribArray(kUV);
    glEnableVertexAttribArray(kColor);
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUV, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    // The state every frame wants, set once (nothing else draws in this context).
    glUseProgram(r.program);
    glActiveTexture(GL_TEXTURE0);  // the sampler's default unit
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    ImGui::GetIO().BackendRendererName = "dateline_webgl";
    return true;
}

void upload_font_atlas() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* coverage = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&coverage, &width, &height);
    if (!r.font_texture) glGenTextures(1, &r.font_texture);
    glBindTexture(GL_TEXTURE_2D, r.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, coverage);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(r.font_texture)));
}

void render(const ImDrawData* data) {
    const int width = static_cast<int>(data->DisplaySize.x * data->FramebufferScale.x);
    const int height = static_cast<int>(data->DisplaySize.y * data->FramebufferScale.y);
    if (width <= 0 || height <= 0 || data->CmdListsCount == 0) return;
    const ImVec2 origin = data->DisplayPos, scale = data->FramebufferScale;
    // ImGui's rectangle origin..origin+size onto clip space -1..1, y pointing down.
    const float sx = 2.0f / data->DisplaySize.x, sy = -2.0f / data->DisplaySize.y;
    glUniform4f(r.transform, sx, sy, -1.0f - origin.x * sx, 1.0f - origin.y * sy);
    glBindVertexArray(r.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, r.vertices);
    glEnable(GL_SCISSOR_TEST);
    GLuint bound = 0;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        const auto vertex_bytes = static_cast<GLsizeiptr>(list->VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert));
        const auto index_bytes = static_cast<GLsizeiptr>(list->IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx));
        if (vertex_bytes > r.vertex_capacity) {  // grow only: later frames write into the same storage
            r.vertex_capacity = vertex_bytes;
            glBufferData(GL_ARRAY_BUFFER, r.vertex_capacity, nullptr, GL_STREAM_DRAW);
        }
        if (index_bytes > r.index_capacity) {
            r.index_capacity = index_bytes;
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, r.index_capacity, nullptr, GL_STREAM_DRAW);
        }
        glBufferSubData(GL_ARRAY_BUFFER, 0, vertex_bytes, list->VtxBuffer.Data);
        glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 0, index_bytes, list->IdxBuffer.Data);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {  // the state is never changed behind ImGui's back, so a reset is nothing
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - origin.x) * scale.x, y0 = (cmd.ClipRect.y - origin.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - origin.x) * scale.x, y1 = (cmd.ClipRect.w - origin.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(static_cast<int>(x0), static_cast<int>(height - y1), static_cast<int>(x1 - x0), static_cast<int>(y1 - y0));
            const auto texture = static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID()));
            if (texture != bound) glBindTexture(GL_TEXTURE_2D, bound = texture);
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(static_cast<intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    glDisable(GL_SCISSOR_TEST);  // so that the next frame's clear covers the whole canvas
}

}  // namespace dateline::webgl

// Looking a GL function up by name. SDL's EGL set-up keeps a pointer to eglGetProcAddress, and
// Emscripten's links a table of every WebGL1 and WebGL2 entry point to answer it: 271 names in
// the wasm and the JavaScript glue of each function in the page's script, parsed at every start.
// Nothing here looks a function up: this renderer calls the few it uses directly, and SDL asks
// only in SDL_GL_ExtensionSupported and SDL_GL_GetAttribute, which the page never needs. So
// every name is answered "not found", as for an entry point the context lacks.
extern "C" void* eglGetProcAddress(const char*) { return nullptr; }
