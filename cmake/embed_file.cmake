# Turns a file into a C++ source that defines a function returning its bytes.
# Usage: cmake -DINPUT=in.json -DOUTPUT=out.cpp -DNAMESPACE=knp -DFUNCTION=name -P embed_file.cmake
# Hex bytes instead of a raw string literal: no delimiter can clash with the content.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/embed_file.cmake; do not edit.\n"
"#include <string_view>\n"
"namespace ${NAMESPACE} {\n"
"namespace {\n"
"constexpr unsigned char kBytes[] = {\n${bytes}\n0};\n"
"}\n"
"std::string_view ${FUNCTION}() { return {reinterpret_cast<const char*>(kBytes), ${byte_count}}; }\n"
"}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
