using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Microsoft.Extensions.Configuration;
using Portal.Core.Content;
using Portal.Core.Json;

namespace Portal.Core.Recipes;

/// <summary>
/// Evaluates the expressions of one recipe run: <c>[js: ...]</c> in a sandboxed Jint engine (no CLR access,
/// limits on time, statements, memory and recursion) and <c>[file: text('...')]</c> / <c>[file: base64('...')]</c>.
/// Variables are evaluated once, on first use, and may refer to each other.
/// </summary>
public sealed class RecipeScripts
{
    private readonly RecipeDocument recipe;
    private readonly IReadOnlyDictionary<string, string?> parameters;
    private readonly IConfiguration configuration;
    private readonly Dictionary<string, JsonNode?> variableValues = new(StringComparer.Ordinal);
    private readonly HashSet<string> evaluating = new(StringComparer.Ordinal);
    private readonly Lazy<Engine> js;
    private readonly Lazy<Engine> files;

    public RecipeScripts(RecipeDocument recipe, IReadOnlyDictionary<string, string?> parameters, IConfiguration configuration)
    {
        this.recipe = recipe;
        this.parameters = parameters;
        this.configuration = configuration;
        js = new Lazy<Engine>(CreateJsEngine);
        files = new Lazy<Engine>(CreateFileEngine);
    }

    /// <summary>True for strings of the form <c>[js: ...]</c> or <c>[file: ...]</c>.</summary>
    public static bool IsExpression(string text, out string scope, out string script)
    {
        scope = script = "";
        var trimmed = text.Trim();
        if (trimmed.Length < 5 || trimmed[0] != '[' || trimmed[^1] != ']')
        {
            return false;
        }

        var colon = trimmed.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        scope = trimmed[1..colon].Trim().ToLowerInvariant();
        script = trimmed[(colon + 1)..^1].Trim();
        return scope is "js" or "file";
    }

    /// <summary>Evaluates one expression string; a plain string is returned as it is.</summary>
    public JsonNode? Evaluate(string text)
    {
        if (!IsExpression(text, out var scope, out var script))
        {
            return JsonValue.Create(text);
        }

        var engine = scope == "js" ? js.Value : files.Value;
        try
        {
            return ToJson(engine, engine.Evaluate(script));
        }
        catch (Jint.Runtime.JavaScriptException ex)
        {
            throw Unwrap(ex) ?? new InvalidOperationException($"Lỗi biểu thức [{scope}: {script}]: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is JintException or TimeoutException)
        {
            throw new InvalidOperationException($"Biểu thức [{scope}: {script}] bị dừng: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is Acornima.ParseErrorException)
        {
            throw new InvalidOperationException($"Biểu thức [{scope}: {script}] sai cú pháp: {ex.Message}", ex);
        }
    }

    /// <summary>The value of a recipe variable, evaluated on first use.</summary>
    public JsonNode? Variable(string name)
    {
        if (variableValues.TryGetValue(name, out var known))
        {
            return known?.DeepClone();
        }

        if (recipe.Variables.GetIgnoreCase(name) is not { } raw)
        {
            throw new InvalidOperationException($"Biến '{name}' không được khai báo trong \"variables\".");
        }

        if (!evaluating.Add(name))
        {
            throw new InvalidOperationException($"Biến '{name}' tham chiếu vòng tròn đến chính nó.");
        }

        try
        {
            var value = raw is JsonValue v && v.TryGetValue<string>(out var text) ? Evaluate(text) : raw.DeepClone();
            variableValues[name] = value;
            return value?.DeepClone();
        }
        finally
        {
            evaluating.Remove(name);
        }
    }

    private Engine CreateJsEngine()
    {
        var engine = NewSandbox();
        engine.SetValue("uuid", new Func<string>(ContentIds.New));
        engine.SetValue("variables", new Func<string, JsValue>(name => FromJson(engine, Variable(name))));
        engine.SetValue("parameters", new Func<string, string?>(name =>
            parameters.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"Tham số '{name}' không có. Có: {string.Join(", ", parameters.Keys)}.")));
        engine.SetValue("configuration", new Func<string, JsValue, JsValue>((key, fallback) =>
            (configuration[key] ?? configuration[key.Replace("_", ":", StringComparison.Ordinal)]) is { } value ? value : fallback));
        engine.SetValue("base64", new Func<string, string>(value => Encoding.UTF8.GetString(Convert.FromBase64String(value))));
        engine.SetValue("html", new Func<string, string>(WebUtility.HtmlDecode));
        engine.SetValue("gzip", new Func<string, string>(Gunzip));
        return engine;
    }

    private Engine CreateFileEngine()
    {
        var engine = NewSandbox();
        engine.SetValue("text", new Func<string, string>(path => File.ReadAllText(RecipeFiles.Locate(recipe, path))));
        engine.SetValue("base64", new Func<string, string>(path => Convert.ToBase64String(File.ReadAllBytes(RecipeFiles.Locate(recipe, path)))));
        return engine;
    }

    private static Engine NewSandbox() => new(options => options
        .Strict()
        .TimeoutInterval(TimeSpan.FromSeconds(2))
        .MaxStatements(10_000)
        .LimitMemory(16_000_000)
        .LimitRecursion(64)
        .MaxArraySize(100_000));

    private static string Gunzip(string base64)
    {
        using var input = new MemoryStream(Convert.FromBase64String(base64));
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return number == Math.Floor(number) && Math.Abs(number) < 1e15 ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }

        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value).ToString();
        return JsonNode.Parse(json);
    }

    private static JsValue FromJson(Engine engine, JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => new Jint.Native.Json.JsonParser(engine).Parse(node.ToJsonString()),
    };

    private static Exception? Unwrap(Jint.Runtime.JavaScriptException ex)
    {
        // Errors thrown by our own functions (a missing file, an unknown variable) keep their message.
        for (Exception? inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is RecipeFileMissingException or InvalidOperationException or FormatException)
            {
                return inner;
            }
        }

        return null;
    }
}
