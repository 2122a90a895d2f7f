#!/bin/sh
# Checks the include rules of app/ that the libraries' links cannot (they share the include
# root app/): core includes no ImGui, GLFW, OpenGL, Cairo or CLI11 header and nothing of
# print/, cli/ or window/; print includes no ImGui and nothing of cli/ or window/; cli includes
# nothing of window/ and window nothing of cli/; a panel includes no other panel; app/ itself
# holds only main.cpp, CMakeLists.txt and the four folders. Prints every break; exit 1 if any.
set -u
app=${1:?usage: check_app_layout.sh APP_DIR}
status=0
breaks() {  # breaks FOLDER REGEX WHY
  found=$(grep -rnE "$2" "$app/$1" --include='*.cpp' --include='*.hpp' || true)
  if [ -n "$found" ]; then
    printf '%s\n' "$found" | sed "s|^$app/|app/|; s|\$|   <- $3|"
    status=1
  fi
}
ui_headers='#include[[:space:]]*[<"](imgui|GLFW/|GL/|cairo|CLI/)'
breaks core "$ui_headers" "core includes no UI, print or command-line library"
breaks core '#include[[:space:]]*"(print|cli|window)/' "core includes nothing above it"
breaks print '#include[[:space:]]*[<"](imgui|GLFW/|GL/|CLI/)' "print includes no ImGui, GLFW, OpenGL or CLI11"
breaks print '#include[[:space:]]*"(cli|window)/' "print includes nothing of cli/ or window/"
breaks cli '#include[[:space:]]*[<"](imgui|GLFW/|GL/)|#include[[:space:]]*"window/' "cli includes nothing of the window"
breaks window '#include[[:space:]]*[<"]CLI/|#include[[:space:]]*"cli/' "window includes nothing of the command line"
for panel in "$app"/window/panels/*.cpp "$app"/window/panels/*.hpp; do
  own=$(basename "$panel" | sed 's/\.[ch]pp$//')
  # Its own header and the parts in its own folder (panels/conference/ of conference.cpp).
  found=$(grep -nE '#include[[:space:]]*"window/panels/' "$panel" | grep -vE "window/panels/$own(\.hpp|/)" || true)
  if [ -n "$found" ]; then
    printf '%s\n' "$found" | sed "s|^|app/window/panels/$(basename "$panel"):|; s|\$|   <- a panel includes no other panel|"
    status=1
  fi
done
extra=$(ls -A "$app" | grep -vxE 'main\.cpp|CMakeLists\.txt|core|print|cli|window' || true)
if [ -n "$extra" ]; then
  printf 'app/%s   <- app/ holds only main.cpp, CMakeLists.txt and the folders\n' $extra
  status=1
fi
[ $status -eq 0 ] && echo "app/ follows its layout rules"
exit $status
