using Portal.Core.Recipes;

namespace Portal.Web;

/// <summary>Prints an import report for a person at a terminal.</summary>
public static class RecipeReportWriter
{
    public static void Write(RecipeReport report, TextWriter output)
    {
        output.WriteLine($"Recipe: {report.RecipeName}{(report.DryRun ? " (chạy thử, không ghi gì)" : "")}");
        foreach (var step in report.Steps)
        {
            var status = step.Status switch
            {
                RecipeStepStatus.Applied => "đã áp dụng",
                RecipeStepStatus.Planned => "kế hoạch",
                RecipeStepStatus.SkippedUnsupported => "bỏ qua (không hỗ trợ)",
                _ => "KHÔNG HỖ TRỢ",
            };
            output.WriteLine($"  {step.Number,3}. {step.Name} — {status}");
            foreach (var detail in step.Details)
            {
                output.WriteLine($"        {detail}");
            }
        }

        output.WriteLine($"Nội dung: {report.ItemsCreated} mới, {report.ItemsUpdated} cập nhật, {report.ItemsUnchanged} giữ nguyên");
        if (report.UnknownFeatures.Count > 0)
        {
            output.WriteLine($"Tính năng không có ở đây: {string.Join(", ", report.UnknownFeatures)}");
        }

        foreach (var warning in report.Warnings)
        {
            output.WriteLine($"Cảnh báo: {warning}");
        }

        foreach (var error in report.Errors)
        {
            output.WriteLine($"LỖI: {error}");
        }

        output.WriteLine(report.Succeeded ? (report.DryRun ? "Chạy thử thành công." : "Nhập thành công.") : "Không nhập: cơ sở dữ liệu giữ nguyên.");
    }
}
