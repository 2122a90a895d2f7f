#include "core/columns.hpp"

#include <algorithm>

namespace knp::app {

float clampColumnWidth(float width) { return std::clamp(width, kMinColumnFonts, kMaxColumnFonts); }

BodyLayout layoutBody(const Columns& columns, ScreenRect body, float font, float gap) {
  const float handle = font * kHandleFonts;
  float leftWidth = clampColumnWidth(columns.leftWidth) * font;
  float rightWidth = clampColumnWidth(columns.rightWidth) * font;
  const float minColumn = kMinColumnFonts * font;
  bool left = columns.left != ColumnMode::Closed, right = columns.right != ColumnMode::Closed;
  auto mapWidth = [&] {
    return body.width - (left ? leftWidth + gap : handle + gap) - (right ? rightWidth + gap : handle + gap);
  };
  const float wanted = body.width * 0.5f, least = body.width * kMinMapShare;
  if (left && columns.left == ColumnMode::Auto && mapWidth() < wanted) left = false;
  if (right && mapWidth() < wanted) rightWidth = std::max(minColumn, rightWidth - (wanted - mapWidth()));
  if (right && columns.right == ColumnMode::Auto && mapWidth() < least) right = false;
  if (left && mapWidth() < wanted) leftWidth = std::max(minColumn, leftWidth - (wanted - mapWidth()));
  // Columns the user opened on a very narrow window: the map keeps at least one font size.
  if (mapWidth() < font) {
    const float over = font - mapWidth();
    const float both = (left ? leftWidth : 0) + (right ? rightWidth : 0);
    if (both > 0) {
      if (left) leftWidth -= over * leftWidth / both;
      if (right) rightWidth -= over * rightWidth / both;
    }
  }

  BodyLayout out;
  out.leftShown = left, out.rightShown = right;
  const float leftPart = left ? leftWidth : handle, rightPart = right ? rightWidth : handle;
  out.left = {body.x, body.y, leftPart, body.height};
  out.right = {body.x + body.width - rightPart, body.y, rightPart, body.height};
  const float canvasX = body.x + leftPart + gap;
  out.canvas = {canvasX, body.y, std::max(0.0f, out.right.x - gap - canvasX), body.height};
  return out;
}

void toggleColumn(Columns& columns, Side side, const BodyLayout& now) {
  const bool shown = side == Side::Left ? now.leftShown : now.rightShown;
  (side == Side::Left ? columns.left : columns.right) = shown ? ColumnMode::Closed : ColumnMode::Open;
}

}  // namespace knp::app
