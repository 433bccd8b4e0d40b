using System.Text.Json.Nodes;

namespace Portal.Core.Content.Definitions;

/// <summary>A part attached to a type. <see cref="Name"/> is the key in the item JSON; <see cref="PartName"/> the part definition.</summary>
public sealed class ContentTypePartDefinition
{
    public string Name { get; set; } = "";
    public string PartName { get; set; } = "";
    public JsonObject Settings { get; set; } = [];

    /// <summary>The position from <c>ContentTypePartSettings.Position</c> (Orchard stores it as a string).</summary>
    public double Position => DefinitionSettings.Position(Settings["ContentTypePartSettings"]);

    /// <summary>A settings object of this part, e.g. <c>AutoroutePartSettings</c>.</summary>
    public JsonObject? SettingsOf(string name) => Settings[name] as JsonObject;
}
