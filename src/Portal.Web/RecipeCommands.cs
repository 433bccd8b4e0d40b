using Portal.Core.Recipes;
using Portal.Core.Recipes.Export;

namespace Portal.Web;

/// <summary><c>recipe import</c> and <c>recipe export</c>: thin wrappers over the core's recipe services, printing for a terminal.</summary>
public static class RecipeCommands
{
    public static async Task<int> ImportAsync(WebApplication app, CommandArguments arguments)
    {
        RecipeDocument recipe;
        try
        {
            recipe = RecipeReader.ReadFile(CommandLine.Locate(arguments.Values[0]));
        }
        catch (RecipeException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        await CommandLine.InitializeAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(recipe, new RecipeRunOptions
        {
            DryRun = arguments.Has("--dry-run"),
            SkipUnsupported = arguments.Has("--skip-unsupported"),
            Parameters = await RecipeParameters.ForAdministratorAsync(scope.ServiceProvider),
        });

        RecipeReportWriter.Write(report, report.Succeeded ? Console.Out : Console.Error);
        return report.Succeeded ? 0 : 1;
    }

    public static async Task<int> ExportAsync(WebApplication app, CommandArguments arguments)
    {
        var path = Path.GetFullPath(arguments.Values[0]);
        var options = new RecipeExportOptions
        {
            ContentTypes = arguments.Option("--types")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            IncludeContent = !arguments.Has("--no-content"),
        };

        await CommandLine.InitializeAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        RecipeExport export;
        try
        {
            export = await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync(options);
            await RecipeExportWriter.WriteFileAsync(export, path);
        }
        catch (RecipeException ex)
        {
            Console.Error.WriteLine($"LỖI: {ex.Message}");
            return 1;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"LỖI: không ghi được '{path}': {ex.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"LỖI: không có quyền ghi '{path}': {ex.Message}");
            return 1;
        }

        Console.WriteLine($"Recipe: {export.Recipe["displayName"]}");
        foreach (var line in export.Summary)
        {
            Console.WriteLine($"  {line}");
        }

        if (export.Files.Count > 0)
        {
            Console.WriteLine($"  {export.Files.Count} tệp đi kèm, trong {Path.Combine(Path.GetDirectoryName(path)!, options.FilesFolder)}");
        }

        Console.WriteLine($"Đã xuất ra {path}.");
        return 0;
    }
}
