#include "window/screenshot.hpp"

#define GLFW_INCLUDE_GLEXT
#include <GLFW/glfw3.h>
#include <stb/stb_image_write.h>

#include <cstring>
#include <vector>

#include "io/file_access.hpp"

namespace knp::app {
namespace {

// Framebuffer objects are OpenGL 3.0: their entry points come from the context at run time.
struct FramebufferFunctions {
  PFNGLGENFRAMEBUFFERSPROC genFramebuffers;
  PFNGLBINDFRAMEBUFFERPROC bindFramebuffer;
  PFNGLDELETEFRAMEBUFFERSPROC deleteFramebuffers;
  PFNGLGENRENDERBUFFERSPROC genRenderbuffers;
  PFNGLBINDRENDERBUFFERPROC bindRenderbuffer;
  PFNGLDELETERENDERBUFFERSPROC deleteRenderbuffers;
  PFNGLRENDERBUFFERSTORAGEPROC renderbufferStorage;
  PFNGLFRAMEBUFFERRENDERBUFFERPROC framebufferRenderbuffer;
  PFNGLCHECKFRAMEBUFFERSTATUSPROC checkFramebufferStatus;

  bool complete() const {
    return genFramebuffers && bindFramebuffer && deleteFramebuffers && genRenderbuffers && bindRenderbuffer &&
           deleteRenderbuffers && renderbufferStorage && framebufferRenderbuffer && checkFramebufferStatus;
  }
};

const FramebufferFunctions& gl() {
  static const FramebufferFunctions functions{
      reinterpret_cast<PFNGLGENFRAMEBUFFERSPROC>(glfwGetProcAddress("glGenFramebuffers")),
      reinterpret_cast<PFNGLBINDFRAMEBUFFERPROC>(glfwGetProcAddress("glBindFramebuffer")),
      reinterpret_cast<PFNGLDELETEFRAMEBUFFERSPROC>(glfwGetProcAddress("glDeleteFramebuffers")),
      reinterpret_cast<PFNGLGENRENDERBUFFERSPROC>(glfwGetProcAddress("glGenRenderbuffers")),
      reinterpret_cast<PFNGLBINDRENDERBUFFERPROC>(glfwGetProcAddress("glBindRenderbuffer")),
      reinterpret_cast<PFNGLDELETERENDERBUFFERSPROC>(glfwGetProcAddress("glDeleteRenderbuffers")),
      reinterpret_cast<PFNGLRENDERBUFFERSTORAGEPROC>(glfwGetProcAddress("glRenderbufferStorage")),
      reinterpret_cast<PFNGLFRAMEBUFFERRENDERBUFFERPROC>(glfwGetProcAddress("glFramebufferRenderbuffer")),
      reinterpret_cast<PFNGLCHECKFRAMEBUFFERSTATUSPROC>(glfwGetProcAddress("glCheckFramebufferStatus")),
  };
  return functions;
}

void appendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::string*>(context);
  out->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

}  // namespace

OffscreenTarget::OffscreenTarget(int width, int height) : m_width(width), m_height(height) {
  if (!gl().complete()) return;
  gl().genFramebuffers(1, &m_framebuffer);
  gl().bindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
  gl().genRenderbuffers(1, &m_colour);
  gl().bindRenderbuffer(GL_RENDERBUFFER, m_colour);
  gl().renderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  gl().framebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_colour);
  m_valid = gl().checkFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
}

OffscreenTarget::~OffscreenTarget() {
  if (!gl().complete()) return;
  gl().bindFramebuffer(GL_FRAMEBUFFER, 0);
  if (m_colour) gl().deleteRenderbuffers(1, &m_colour);
  if (m_framebuffer) gl().deleteFramebuffers(1, &m_framebuffer);
}

void OffscreenTarget::bind() const { gl().bindFramebuffer(GL_FRAMEBUFFER, m_framebuffer); }

Outcome<void> OffscreenTarget::savePng(const std::filesystem::path& path) const {
  const std::size_t stride = static_cast<std::size_t>(m_width) * 4;
  std::vector<unsigned char> pixels(stride * static_cast<std::size_t>(m_height));
  bind();
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  if (glGetError() != GL_NO_ERROR) return LocatedProblem{"cannot read the rendered pixels"};
  // The map is opaque; blending may leave alpha below 255, which viewers would show as holes.
  for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
  // OpenGL's rows run bottom-up, PNG's top-down.
  std::vector<unsigned char> row(stride);
  for (int y = 0; y < m_height / 2; ++y) {
    unsigned char* top = pixels.data() + stride * static_cast<std::size_t>(y);
    unsigned char* bottom = pixels.data() + stride * static_cast<std::size_t>(m_height - 1 - y);
    std::memcpy(row.data(), top, stride);
    std::memcpy(top, bottom, stride);
    std::memcpy(bottom, row.data(), stride);
  }
  std::string png;
  if (!stbi_write_png_to_func(appendBytes, &png, m_width, m_height, 4, pixels.data(), static_cast<int>(stride)))
    return LocatedProblem{"cannot encode the PNG"};
  return writeFileAtomically(path, png, Backup::None);
}

}  // namespace knp::app
