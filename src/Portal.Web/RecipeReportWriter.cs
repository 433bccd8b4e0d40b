using Portal.Core.Recipes;
using Portal.Core.Text;

namespace Portal.Web;

/// <summary>Prints an import's plan or result for a person at a terminal.</summary>
public static class RecipeReportWriter
{
    public static void Write(RecipeReport report, TextWriter output)
    {
        output.WriteLine($"Recipe: {report.RecipeName}{(report.DryRun ? " (chạy thử, không ghi gì)" : "")}");
        output.WriteLine("Các bước:");
        foreach (var step in report.Steps)
        {
            output.WriteLine($"  {step.Number,3}. {step.Name} — {Status(step.Status, report)}");
            foreach (var detail in step.Details)
            {
                output.WriteLine($"        {detail}");
            }
        }

        WriteDefinitions(report, RecipeDefinitionKind.Type, "Loại nội dung", output);
        WriteDefinitions(report, RecipeDefinitionKind.Part, "Phần", output);
        output.WriteLine($"Nội dung: {N(report.ItemsCreated)} mới, {N(report.ItemsUpdated)} cập nhật, {N(report.ItemsUnchanged)} giữ nguyên");
        foreach (var (type, counts) in report.ItemsByType)
        {
            output.WriteLine($"    {type}: {N(counts.Created)} mới, {N(counts.Updated)} cập nhật, {N(counts.Unchanged)} giữ nguyên");
        }

        WriteList(output, "Tính năng không có ở đây", report.UnknownFeatures);
        WriteList(output, "Phần không có tác dụng ở đây (dữ liệu được giữ, không hiển thị)", report.UnknownParts);
        WriteList(output, "Loại trường không có tác dụng ở đây (giá trị được giữ, không hiển thị)", report.UnknownFields);
        foreach (var warning in report.Warnings)
        {
            output.WriteLine($"Cảnh báo: {warning}");
        }

        foreach (var error in report.Errors)
        {
            output.WriteLine($"LỖI: {error}");
        }

        output.WriteLine(!report.Succeeded ? "Không nhập: cơ sở dữ liệu giữ nguyên."
            : report.DryRun ? "Chạy thử thành công: chưa ghi gì. Chạy lại không có --dry-run để nhập."
            : "Nhập thành công.");
    }

    private static string Status(RecipeStepStatus status, RecipeReport report) => status switch
    {
        RecipeStepStatus.Applied => "đã áp dụng",
        RecipeStepStatus.Planned => report.DryRun && report.Errors.Count == 0 ? "sẽ áp dụng" : "chưa áp dụng",
        RecipeStepStatus.SkippedUnsupported => "không hỗ trợ, bỏ qua",
        _ => "KHÔNG HỖ TRỢ",
    };

    private static void WriteDefinitions(RecipeReport report, RecipeDefinitionKind kind, string label, TextWriter output)
    {
        var changes = report.Definitions.Where(d => d.Kind == kind).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        var parts = new[] { (RecipeChangeKind.Created, "tạo"), (RecipeChangeKind.Changed, "cập nhật"), (RecipeChangeKind.Unchanged, "giữ nguyên"), (RecipeChangeKind.Deleted, "xóa") }
            .Select(x => (x.Item2, Names: changes.Where(c => c.Change == x.Item1).Select(c => c.Name).Distinct().ToList()))
            .Where(x => x.Names.Count > 0)
            .Select(x => $"{x.Item1} {x.Names.Count} ({string.Join(", ", x.Names)})");
        output.WriteLine($"{label}: {string.Join("; ", parts)}");
    }

    private static void WriteList(TextWriter output, string label, IReadOnlyCollection<string> names)
    {
        if (names.Count > 0)
        {
            output.WriteLine($"{label}: {string.Join(", ", names)}");
        }
    }

    private static string N(int value) => VietnameseDates.FormatNumber(value);
}
