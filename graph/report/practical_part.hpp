#pragma once
// The published "Praktischer Teil" of the integration concept, generated from a project: who
// does what, in which field of action (Handlungsfeld), towards which goals, for which life
// phase — as a self-contained HTML page (inline CSS, no external resources, print-friendly) or
// as Markdown, in German or English.
//
// Contents, in this order:
//  1. the project's title and its notice (Hinweis), an introduction, and which activities are
//     listed (the filter);
//  2. per field, in project order: its goals grouped by concept (concept order of the project;
//     goals of an unknown concept last), with their level and the years they are a
//     priority (Schwerpunkt, agreed at a conference); its indicators (Statistische Daten)
//     with unit, source and the value of the latest year, below each one with a target its
//     target, status and trend in words (describeTarget, assessed as of options.filter.year)
//     and below each one with values its line chart (lineChartSvg, 480 × 200, conference years
//     marked) as inline SVG: in HTML inside the entry, in Markdown as raw HTML indented to the
//     entry's text with a blank line before and after; its activities grouped by life
//     phase in life-phase order, each with title, lead, partners, status, years, goals and
//     description. An activity with several phases is listed under each of them; one without
//     a known phase under "Ohne Lebensphase". Within a phase: by the lead's name, then project
//     order. Phases without activities in the field are left out (the gap summary names them).
//     Indicators without a known field follow the fields in a section of their own;
//  3. gaps (explainGap) grouped by kind, and support chains with breaks (describeChain), goals
//     first, then fields — findGaps and computeSupportChains with options.filter, exactly what
//     analyzeProject computes for them, without the other analyses (overlaps, network);
//  4. the address directory (Adressverzeichnis): every actor by name — case-insensitive,
//     umlauts sorted as their base letter (DIN 5007-1: Ä = A, ß = ss), ties by name bytes, then
//     id — with type, self-description and memberships; person, address, phone, email and web
//     only with ContactData::Include.
// The listing uses the same filter as the gap summary, so that a goal called unserved never
// has a listed activity.
//
// Text from the project is cleaned, then escaped:
//  - cleaning (both formats): invalid UTF-8 becomes U+FFFD; line breaks, tabs and runs of
//    white space become one space; other control characters are dropped; ends trimmed.
//  - HTML: & < > " ' become &amp; &lt; &gt; &quot; &#39; (in text and in attribute values).
//    Only http(s) web addresses become links, only plain email addresses mailto: links.
//  - Markdown (CommonMark/GFM): a backslash goes before \ ` * _ [ ] < > # | ~ everywhere, before
//    & when it could start an entity (followed by a letter, digit or #), and at the start of a
//    line (a heading's, bullet's or paragraph's text) before a leading - or +, and before the
//    . or ) of a leading number ("1." would start a list). Web and email addresses that are
//    safe as autolinks are written as <address>; anything else is escaped text.
//
// Empty input: an empty project gives a valid minimal document (title falls back to
// "Praktischer Teil", sections say there is nothing). Dangling references show their ids.
// Deterministic: the same project and options give the same bytes; ends with a newline.
// Complexity: O(fields × activities × references + actors log actors) plus findGaps and
// computeSupportChains (see their headers).
#include <string>

#include "analysis/activity_filter.hpp"
#include "model/contact_data.hpp"
#include "model/project.hpp"
#include "text/language.hpp"

namespace knp {

// Not called ReportFormat: report/analysis_report.hpp already has knp::ReportFormat
// { Text, Markdown }, and the command line includes both headers.
enum class PracticalPartFormat { Html, Markdown };

struct PracticalPartOptions {
  Language language = Language::German;
  ContactData contacts = ContactData::Include;
  ActivityFilter filter = ActivityFilter::current();  // activities listed and analysed
};

std::string writePracticalPart(const Project& project, PracticalPartFormat format,
                               const PracticalPartOptions& options = {});

}  // namespace knp
