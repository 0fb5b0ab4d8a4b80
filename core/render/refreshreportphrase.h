#pragma once

#include <QString>

namespace carbonlabel {

// The report's fixed phrases in the document's language, like the badge's (LabelFacts): a
// report's language is chosen per document (--lang), not by the program's, so not tr().
struct RefreshReportPhrase
{
    const char *en;
    const char *zh;

    QString in(const QString &lang) const
    {
        return QString::fromUtf8(lang == QLatin1String("zh") ? zh : en);
    }
};

// The phrases, in their own namespace so that their short names clash with nothing.
namespace refreshreport {

inline constexpr RefreshReportPhrase kTitle{"Refresh-cycle report", "更新周期报告"};
inline constexpr RefreshReportPhrase kSubtitle{
        "How often to replace the device: emissions over %1 years",
        "多久更换一次设备：%1年内的排放"};
inline constexpr RefreshReportPhrase kChartTitle{"Cumulative emissions", "累计排放"};
inline constexpr RefreshReportPhrase kYear{"Year", "年"};
inline constexpr RefreshReportPhrase kEvery{"every %1 years", "每%1年"};
inline constexpr RefreshReportPhrase kEveryYear{"every year", "每年"};
inline constexpr RefreshReportPhrase kThick{"Thick line: the lowest footprint per year.",
                                            "粗线：年均排放最低。"};
inline constexpr RefreshReportPhrase kColCycle{"Replace every (years)", "更换周期（年）"};
inline constexpr RefreshReportPhrase kColDevices{"Devices bought", "购买台数"};
inline constexpr RefreshReportPhrase kColEmbodied{"Embodied", "隐含排放"};
inline constexpr RefreshReportPhrase kColUse{"Use", "使用排放"};
inline constexpr RefreshReportPhrase kColTotal{"Total, %1 years", "%1年合计"};
inline constexpr RefreshReportPhrase kColPerYear{"Per year", "年均"};
inline constexpr RefreshReportPhrase kColKeep{"One device kept k years, per year",
                                              "单台使用k年的年均"};
inline constexpr RefreshReportPhrase kTableUnit{"kg CO2e; the lowest per year is highlighted.",
                                                "单位 kg CO2e；年均最低者突出显示。"};
inline constexpr RefreshReportPhrase kSubset{
        "%1 of the %2 cycles are shown; carbonlabel-cli refresh lists all.",
        "显示%2个周期中的%1个；carbonlabel-cli refresh 列出全部。"};
inline constexpr RefreshReportPhrase kBest{
        "Lowest footprint per year: replace every %1 years, %2 kg CO2e a year.",
        "年均排放最低：每%1年更换一次，年均%2 kg CO2e。"};
inline constexpr RefreshReportPhrase kReplaceTitle{"Replace a device in use now?",
                                                   "现在更换在用设备？"};
inline constexpr RefreshReportPhrase kReplaceIntro{
        "The new device costs %1 kg CO2e to make and uses %2 kWh a year. Replacing an old "
        "device saves its extra energy times the grid factor each year; it pays back in the "
        "first year in which these savings reach the new device's embodied emissions.",
        "新设备制造排放%1 kg CO2e，每年耗电%2 kWh。更换旧设备每年节省的排放为多耗电量乘以电网因子；"
        "累计节省首次达到新设备隐含排放的那一年即为回收年。"};
inline constexpr RefreshReportPhrase kOldTimes{
        "Old device using %1 kWh a year (%2 × the new one's): ",
        "旧设备每年耗电%1 kWh（新设备的%2倍）："};
inline constexpr RefreshReportPhrase kOld{"Old device using %1 kWh a year: ",
                                          "旧设备每年耗电%1 kWh："};
inline constexpr RefreshReportPhrase kPaysBack{"pays back in year %1.", "第%1年回收。"};
inline constexpr RefreshReportPhrase kNever{"does not pay back within %1 years.",
                                            "%1年内无法回收。"};
inline constexpr RefreshReportPhrase kAssumptions{"Assumptions and method", "假设与方法"};
inline constexpr RefreshReportPhrase kEmbodiedLine{
        "New device: %1 kg CO2e embodied (%2 %3, %4 %5, %6 %7), changing %8 a year for later "
        "purchases.",
        "新设备：隐含排放%1 kg CO2e（%2 %3，%4 %5，%6 %7），之后购买的设备每年变化%8。"};
inline constexpr RefreshReportPhrase kEnergyModes{
        "Energy: %1 kWh a year from the profile's power modes, changing %2 a year for later "
        "purchases.",
        "能耗：按产品档案的功耗模式每年%1 kWh，之后购买的设备每年变化%2。"};
inline constexpr RefreshReportPhrase kEnergyAnnual{
        "Energy: %1 kWh a year as stated in the profile, changing %2 a year for later purchases.",
        "能耗：产品档案给出的每年%1 kWh，之后购买的设备每年变化%2。"};
inline constexpr RefreshReportPhrase kGridLine{"Grid: %1 kg CO2e/kWh (%2), changing %3 a year.",
                                               "电网：%1 kg CO2e/kWh（%2），每年变化%3。"};
inline constexpr RefreshReportPhrase kMethod{
        "A device's embodied emissions count in the year it is bought; the last device counts "
        "only the share of its years that fall inside the %1 years. Each year's use is the "
        "annual energy of the device in use times that year's grid factor. Digital services "
        "are not included.",
        "设备的隐含排放计入购买当年；最后一台只计入其落在%1年评估期内的年份所占的比例。"
        "每年的使用排放为在用设备的年能耗乘以当年电网因子。不含数字服务排放。"};
inline constexpr RefreshReportPhrase kNoGrid{"no use phase", "无使用阶段"};
inline constexpr RefreshReportPhrase kDataset{"Dataset", "数据集"};

} // namespace refreshreport

} // namespace carbonlabel
