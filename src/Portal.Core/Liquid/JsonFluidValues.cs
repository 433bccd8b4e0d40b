using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;

namespace Portal.Core.Liquid;

/// <summary>Read-only Liquid values over JSON, so templates can walk parts and fields without reflection.</summary>
public static class JsonFluidValues
{
    public static FluidValue From(JsonNode? node) => node switch
    {
        null => NilValue.Instance,
        JsonObject obj => new JsonObjectFluidValue(obj),
        JsonArray array => new ArrayValue(array.Select(From).ToArray()),
        JsonValue value => FromValue(value),
        _ => NilValue.Instance,
    };

    private static FluidValue FromValue(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return StringValue.Create(value.GetValue<string>());
            case JsonValueKind.True:
                return BooleanValue.True;
            case JsonValueKind.False:
                return BooleanValue.False;
            case JsonValueKind.Number:
                return NumberValue.Create(value.TryGetValue<decimal>(out var number) ? number : (decimal)value.GetValue<double>());
            default:
                return NilValue.Instance;
        }
    }

    /// <summary>A JSON object: members by name, and <c>size</c>.</summary>
    private sealed class JsonObjectFluidValue(JsonObject json) : ObjectValueBase(json)
    {
        public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
            new(name == "size" && !json.ContainsKey("size") ? NumberValue.Create(json.Count) : From(json[name]));

        public override IEnumerable<FluidValue> Enumerate(TemplateContext context) =>
            json.Select(p => (FluidValue)new ArrayValue([StringValue.Create(p.Key), From(p.Value)]));
    }
}
