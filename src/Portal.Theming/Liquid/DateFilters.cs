using System.Globalization;
using Fluid;
using Fluid.Values;
using Portal.Core.Content;
using Portal.Core.Text;

namespace Portal.Theming.Liquid;

/// <summary>
/// <c>{{ date | date_vi }}</c> gives "Thứ Sáu, 27/11/2026 09:25" in the site's time zone. The argument picks another
/// form: "date" (27/11/2026), "time" (09:25), "short" (27/11/2026 09:25), "weekday" (Thứ Sáu), "iso" (with offset),
/// "day" (27), "month" (Tháng 11), "year" (2026).
/// </summary>
public sealed class DateFilters : ILiquidConfigurator
{
    public void Configure(TemplateOptions options) => options.Filters.AddFilter("date_vi", DateVi);

    /// <summary>Formats a UTC instant in <paramref name="zone"/> in one of the forms above.</summary>
    public static string Format(DateTime utc, TimeZoneInfo zone, string? form)
    {
        var local = VietnameseDates.ToLocal(utc, zone);
        return form switch
        {
            "date" => VietnameseDates.FormatDate(utc, zone),
            "time" => local.ToString("HH:mm", CultureInfo.InvariantCulture),
            "short" => local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
            "weekday" => VietnameseDates.DayName(local.DayOfWeek),
            "iso" => new DateTimeOffset(local, zone.GetUtcOffset(utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            "day" => local.Day.ToString(CultureInfo.InvariantCulture),
            "month" => $"Tháng {local.Month}",
            "year" => local.Year.ToString(CultureInfo.InvariantCulture),
            _ => VietnameseDates.FormatLong(utc, zone),
        };
    }

    private static ValueTask<FluidValue> DateVi(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var utc = ToUtc(input, context);
        if (utc is null)
        {
            return new ValueTask<FluidValue>(NilValue.Instance);
        }

        var zone = context.TimeZone ?? VietnameseDates.DefaultTimeZone;
        var form = arguments.At(0).IsNil() ? null : arguments.At(0).ToStringValue();
        // Every form is made of digits, letters, spaces and "/:+-,": safe in HTML as it is. Not encoding keeps the "+07:00"
        // of the ISO form readable instead of "&#x2B;07:00".
        return new ValueTask<FluidValue>(new StringValue(Format(utc.Value, zone, form), encode: false));
    }

    /// <summary>
    /// Dates from content JSON arrive as ISO strings ("2027-03-15T01:30:00Z"); they are read as UTC here rather than
    /// through Fluid's culture-dependent parsing, so the server's own zone never shifts them.
    /// </summary>
    private static DateTime? ToUtc(FluidValue input, TemplateContext context)
    {
        if (input is StringValue)
        {
            return ContentJson.AsDate(System.Text.Json.Nodes.JsonValue.Create(input.ToStringValue()));
        }

        return input.TryGetDateTimeInput(context, out var value) ? value.UtcDateTime : null;
    }
}
