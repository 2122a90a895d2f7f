#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "report/line_chart.hpp"

using namespace knp;

// A canvas of 300 × 200 throughout: plot area left 48, right 300 − 12 = 288 (240 wide),
// top 10, bottom 200 − 24 = 176 (166 high).

namespace {

Indicator indicator(std::map<int, double> values, std::optional<IndicatorTarget> target = std::nullopt) {
  Indicator result;
  result.id = IndicatorId("quote");
  result.name = "Quote";
  result.unit = "%";
  result.values = std::move(values);
  result.direction = IndicatorDirection::HigherIsBetter;
  result.target = target;
  return result;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

std::vector<std::string> labels(const std::vector<ChartTick>& ticks) {
  std::vector<std::string> result;
  for (const ChartTick& tick : ticks) result.push_back(tick.label);
  return result;
}

// What every chart must be: one self-contained <svg> element, its opening tag alone on the
// first line and no blank line inside (Markdown keeps it as one raw HTML block), nothing that
// runs or loads.
void checkSelfContained(const std::string& svg) {
  CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" "));
  CHECK(svg.find('\n') == svg.find('>') + 1);
  CHECK(svg.ends_with("</svg>\n"));
  CHECK(count(svg, "<svg") == 1);
  CHECK_FALSE(contains(svg, "\n\n"));
  CHECK_FALSE(contains(svg, "<script"));
  CHECK_FALSE(contains(svg, "href=\""));
  CHECK_FALSE(contains(svg, "url("));
  CHECK_FALSE(contains(svg, "<image"));
  CHECK_FALSE(contains(svg, "<foreignObject"));
  CHECK_FALSE(contains(svg, " on"));  // no event handler attribute (onload=, onclick=)
}

}  // namespace

TEST_CASE("line chart: a three-year series, points computed by hand", "[linechart]") {
  // Values 1.5, 2.5, 3.5: range 2, axis widened by 0.1 to 1.4 .. 3.6 (range 2.2).
  // x: 48, 48 + 240/2 = 168, 288. y(v) = 176 − (v − 1.4) / 2.2 × 166:
  //   y(1.5) = 176 − 7.545 = 168.45; y(2.5) = 176 − 83 = 93; y(3.5) = 176 − 158.455 = 17.55.
  const Indicator quote = indicator({{2010, 1.5}, {2011, 2.5}, {2012, 3.5}});
  const LineChart chart = layoutLineChart(quote, {}, 300, 200, Language::German);
  CHECK(chart.left == Approx(48));
  CHECK(chart.right == Approx(288));
  CHECK(chart.top == Approx(10));
  CHECK(chart.bottom == Approx(176));
  CHECK(chart.firstYear == 2010);
  CHECK(chart.lastYear == 2012);
  CHECK(chart.minValue == Approx(1.4));
  CHECK(chart.maxValue == Approx(3.6));
  REQUIRE(chart.points.size() == 3);
  CHECK(chart.points[0].x == Approx(48));
  CHECK(chart.points[1].x == Approx(168));
  CHECK(chart.points[2].x == Approx(288));
  CHECK(chart.points[0].y == Approx(176.0 - 0.1 / 2.2 * 166.0));
  CHECK(chart.points[1].y == Approx(93));
  CHECK(chart.points[2].y == Approx(176.0 - 2.1 / 2.2 * 166.0));
  CHECK_FALSE(chart.target);
  CHECK(labels(chart.yearTicks) == std::vector<std::string>{"2010", "2011", "2012"});
  // Axis range 2.2: two significant digits, one decimal; German decimal comma.
  CHECK(labels(chart.valueTicks) == std::vector<std::string>{"1,4", "2,5", "3,6"});
  CHECK(chart.valueTicks[0].position == Approx(176));
  CHECK(chart.valueTicks[1].position == Approx(93));
  CHECK(chart.valueTicks[2].position == Approx(10));

  const std::string svg = lineChartSvg(chart, quote, Language::German);
  checkSelfContained(svg);
  CHECK(contains(svg, "width=\"300\" height=\"200\" viewBox=\"0 0 300 200\""));
  CHECK(contains(svg, "<title>Quote (%)</title>"));
  CHECK(contains(svg, "<polyline points=\"48,168.45 168,93 288,17.55\" fill=\"none\" stroke=\"#1f3a93\""));
  CHECK(count(svg, "<circle") == 3);
  CHECK(contains(svg, "<title>2011: 2,5</title>"));
  CHECK(contains(svg, ">3,6</text>"));
  CHECK_FALSE(contains(svg, "stroke-dasharray"));  // no target

  // English: decimal point.
  const LineChart english = layoutLineChart(quote, {}, 300, 200, Language::English);
  CHECK(labels(english.valueTicks) == std::vector<std::string>{"1.4", "2.5", "3.6"});
  CHECK(contains(lineChartSvg(english, quote, Language::English), "<title>2011: 2.5</title>"));

  // Deterministic.
  CHECK(lineChartSvg(chart, quote, Language::German) == svg);
}

TEST_CASE("line chart: a single year sits in the middle", "[linechart]") {
  // x = 48 + 240 / 2 = 168. One value 5: widened by 1 to 4 .. 6, y(5) = 176 − 0.5 × 166 = 93.
  const Indicator one = indicator({{2013, 5}});
  const LineChart chart = layoutLineChart(one, {}, 300, 200, Language::German);
  REQUIRE(chart.points.size() == 1);
  CHECK(chart.points[0].x == Approx(168));
  CHECK(chart.points[0].y == Approx(93));
  CHECK(chart.minValue == Approx(4));
  CHECK(chart.maxValue == Approx(6));
  REQUIRE(chart.yearTicks.size() == 1);
  CHECK(chart.yearTicks[0].label == "2013");
  CHECK(chart.yearTicks[0].position == Approx(168));
  const std::string svg = lineChartSvg(chart, one, Language::German);
  checkSelfContained(svg);
  CHECK_FALSE(contains(svg, "<polyline"));  // one point: a dot, no line
  CHECK(contains(svg, "<circle cx=\"168\" cy=\"93\" r=\"3\""));
}

TEST_CASE("line chart: all-equal values get a band around them, not below zero", "[linechart]") {
  // 7, 7: widened by 1 to 6 .. 8, the line in the middle: y = 93.
  const LineChart seven = layoutLineChart(indicator({{2010, 7}, {2011, 7}}), {}, 300, 200, Language::German);
  CHECK(seven.minValue == Approx(6));
  CHECK(seven.maxValue == Approx(8));
  CHECK(seven.points[0].y == Approx(93));
  CHECK(seven.points[1].y == Approx(93));
  // 0, 0: −1 .. 1 would go below zero for values that never do: 0 .. 1, the line on the axis.
  const LineChart zero = layoutLineChart(indicator({{2010, 0}, {2011, 0}}), {}, 300, 200, Language::German);
  CHECK(zero.minValue == Approx(0));
  CHECK(zero.maxValue == Approx(1));
  CHECK(zero.points[0].y == Approx(176));
  CHECK(labels(zero.valueTicks) == std::vector<std::string>{"0", "0,5", "1"});
  // Negative values may go below zero: −3, −3 → −4 .. −2.
  const LineChart negative = layoutLineChart(indicator({{2010, -3}, {2011, -3}}), {}, 300, 200, Language::English);
  CHECK(negative.minValue == Approx(-4));
  CHECK(negative.maxValue == Approx(-2));
  // 0.2 .. 10.2 would widen by 0.5 to −0.3 .. 10.7: the minimum is clamped to 0.
  const LineChart clamped = layoutLineChart(indicator({{2010, 0.2}, {2011, 10.2}}), {}, 300, 200, Language::German);
  CHECK(clamped.minValue == Approx(0));
  CHECK(clamped.maxValue == Approx(10.7));
}

TEST_CASE("line chart: the target as a dashed line ending in a ring", "[linechart]") {
  // Values 2010: 10, 2012: 14, target 20 by 2015. Years 2010 .. 2015: x = 48 + (year − 2010) / 5 × 240:
  // 2010 → 48, 2012 → 144, 2015 → 288. Values 10 .. 20 (the target counts), widened by 0.5 to
  // 9.5 .. 20.5; y(20) = 176 − 10.5 / 11 × 166 = 17.55.
  const Indicator rising = indicator({{2010, 10}, {2012, 14}}, IndicatorTarget{20, 2015});
  const LineChart chart = layoutLineChart(rising, {}, 300, 200, Language::German);
  CHECK(chart.firstYear == 2010);
  CHECK(chart.lastYear == 2015);
  CHECK(chart.maxValue == Approx(20.5));
  REQUIRE(chart.target);
  CHECK(chart.target->year == 2015);
  CHECK(chart.target->value == Approx(20));
  CHECK(chart.target->x == Approx(288));
  CHECK(chart.target->y == Approx(176.0 - 10.5 / 11.0 * 166.0));
  CHECK(chart.points[1].x == Approx(144));
  CHECK(labels(chart.yearTicks) == std::vector<std::string>{"2010", "2011", "2012", "2013", "2014", "2015"});

  const std::string svg = lineChartSvg(chart, rising, Language::German);
  checkSelfContained(svg);
  CHECK(contains(svg, "<line x1=\"48\" y1=\"17.55\" x2=\"288\" y2=\"17.55\" stroke=\"#2e7d32\" stroke-width=\"1.5\" "
                      "stroke-dasharray=\"5 3\"/>"));
  CHECK(contains(svg, "<circle cx=\"288\" cy=\"17.55\" r=\"4\" fill=\"none\" stroke=\"#2e7d32\""));
  CHECK(contains(svg, "<title>Ziel 2015: 20</title>"));
  CHECK(contains(lineChartSvg(chart, rising, Language::English), "<title>Target 2015: 20</title>"));

  // A target below the values lowers the axis: values 10, 14, target 4 → 4 .. 14, widened to 3.5 .. 14.5.
  const LineChart lower = layoutLineChart(indicator({{2010, 10}, {2012, 14}}, IndicatorTarget{4, 2011}), {}, 300, 200,
                                          Language::German);
  CHECK(lower.minValue == Approx(3.5));
  CHECK(lower.lastYear == 2012);  // the target year lies inside the values' years
}

TEST_CASE("line chart: conference years between the first value and the target", "[linechart]") {
  // As in the target case; conferences 2013, 2011 twice, 2009 (before the first value) and 2016
  // (after the target year). Shown: 2011 at x 96 and 2013 at x 192, ascending, once each.
  const Indicator rising = indicator({{2010, 10}, {2012, 14}}, IndicatorTarget{20, 2015});
  const LineChart chart = layoutLineChart(rising, {2013, 2011, 2011, 2009, 2016}, 300, 200, Language::German);
  REQUIRE(chart.conferences.size() == 2);
  CHECK(chart.conferences[0].year == 2011);
  CHECK(chart.conferences[0].x == Approx(96));
  CHECK(chart.conferences[1].year == 2013);
  CHECK(chart.conferences[1].x == Approx(192));
  CHECK(chart.firstYear == 2010);  // conferences do not widen the years
  CHECK(chart.lastYear == 2015);

  const std::string svg = lineChartSvg(chart, rising, Language::German);
  checkSelfContained(svg);
  CHECK(contains(svg, "<line x1=\"96\" y1=\"10\" x2=\"96\" y2=\"176\" stroke=\"#9e9e9e\""));
  CHECK(contains(svg, "<line x1=\"192\" y1=\"10\" x2=\"192\" y2=\"176\" stroke=\"#9e9e9e\""));
  CHECK(contains(svg, ">Konferenz 2011</text>"));
  CHECK(contains(lineChartSvg(chart, rising, Language::English), ">Conference 2013</text>"));

  // Without a target the last value year ends the range: only 2011.
  const LineChart untargeted = layoutLineChart(indicator({{2010, 10}, {2012, 14}}), {2013, 2011}, 300, 200,
                                               Language::German);
  REQUIRE(untargeted.conferences.size() == 1);
  CHECK(untargeted.conferences[0].year == 2011);
}

TEST_CASE("line chart: at most twelve year labels, the first and the last always", "[linechart]") {
  std::map<int, double> values;
  for (int year = 2000; year <= 2031; ++year) values[year] = year - 2000;
  // 32 years, span 31: k = ceil(31 / 11) = 3, labels 2000, 2003, ..., 2030 and 2031; 2030 is
  // closer than 1.5 to 2031 and is left out.
  const LineChart chart = layoutLineChart(indicator(values), {}, 600, 200, Language::German);
  CHECK(labels(chart.yearTicks) == std::vector<std::string>{"2000", "2003", "2006", "2009", "2012", "2015", "2018",
                                                            "2021", "2024", "2027", "2031"});
  // 23 years, span 22: k = 2, 2000, 2002, ..., 2022: twelve labels.
  std::map<int, double> fewer;
  for (int year = 2000; year <= 2022; ++year) fewer[year] = 1;
  CHECK(layoutLineChart(indicator(fewer), {}, 600, 200, Language::German).yearTicks.size() == 12);
  // 12 years: all of them.
  std::map<int, double> twelve;
  for (int year = 2000; year <= 2011; ++year) twelve[year] = 1;
  CHECK(layoutLineChart(indicator(twelve), {}, 600, 200, Language::German).yearTicks.size() == 12);
}

TEST_CASE("line chart: large values are grouped in the language's way", "[linechart]") {
  // 12180 .. 12910: range 730, widened by 36.5 to 12143.5 .. 12946.5; middle 12545; range 803:
  // no decimals.
  const LineChart chart = layoutLineChart(indicator({{2012, 12180}, {2013, 12910}}), {}, 300, 200, Language::German);
  REQUIRE(chart.valueTicks.size() == 3);
  CHECK(chart.valueTicks[1].label == "12.545");
  const LineChart english = layoutLineChart(indicator({{2012, 12180}, {2013, 12910}}), {}, 300, 200, Language::English);
  CHECK(english.valueTicks[1].label == "12,545");
}

TEST_CASE("line chart: a hostile indicator name is escaped", "[linechart]") {
  Indicator hostile = indicator({{2010, 1}, {2011, 2}});
  hostile.name = "<script>alert(\"x\")</script> & 'Co'\x01";
  hostile.unit = "</title><a href=\"http://evil\">";
  const std::string svg = lineChartSvg(layoutLineChart(hostile, {}, 300, 200, Language::German), hostile,
                                       Language::German);
  checkSelfContained(svg);
  CHECK(contains(svg, "<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos; "
                      "(&lt;/title&gt;&lt;a href=&quot;http://evil&quot;&gt;)</title>"));
  CHECK(count(svg, "<title>") == count(svg, "</title>"));
}

TEST_CASE("line chart: degenerate input", "[linechart]") {
  SECTION("an indicator without values and target draws axes and its title only") {
    Indicator empty = indicator({});
    const LineChart chart = layoutLineChart(empty, {2013}, 300, 200, Language::German);
    CHECK(chart.points.empty());
    CHECK_FALSE(chart.target);
    CHECK(chart.conferences.empty());
    CHECK(chart.yearTicks.empty());
    CHECK(chart.valueTicks.empty());
    const std::string svg = lineChartSvg(chart, empty, Language::German);
    checkSelfContained(svg);
    CHECK(contains(svg, "<title>Quote (%)</title>"));
    CHECK_FALSE(contains(svg, "<circle"));
    CHECK_FALSE(contains(svg, "<polyline"));
  }
  SECTION("a target without values: the ring in the middle, no conference") {
    const Indicator planned = indicator({}, IndicatorTarget{50, 2016});
    const LineChart chart = layoutLineChart(planned, {2016}, 300, 200, Language::German);
    CHECK(chart.points.empty());
    REQUIRE(chart.target);
    CHECK(chart.target->x == Approx(168));
    CHECK(chart.target->y == Approx(93));  // 49 .. 51
    CHECK(chart.conferences.empty());
    checkSelfContained(lineChartSvg(chart, planned, Language::German));
  }
  SECTION("the empty indicator: no name, no unit; its title is its (empty) id") {
    const Indicator nothing{};
    const std::string svg =
        lineChartSvg(layoutLineChart(nothing, {}, 300, 200, Language::English), nothing, Language::English);
    checkSelfContained(svg);
    CHECK(contains(svg, "<title></title>"));
  }
  SECTION("a canvas smaller than the margins") {
    const LineChart tiny = layoutLineChart(indicator({{2010, 1}, {2011, 2}}), {}, 10, 10, Language::German);
    CHECK(tiny.right == Approx(tiny.left));
    CHECK(tiny.bottom == Approx(tiny.top));
    CHECK(tiny.points[0].x == Approx(48));
    CHECK(tiny.points[1].x == Approx(48));
  }
}
