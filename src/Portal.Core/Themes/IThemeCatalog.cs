namespace Portal.Core.Themes;

/// <summary>The themes installed with the site (folders under <c>themes/</c>).</summary>
public interface IThemeCatalog
{
    /// <summary>The theme used when the settings name none, or name one that is not installed.</summary>
    string DefaultTheme { get; }

    /// <summary>True when a theme of that name is installed (ignoring case).</summary>
    bool Exists(string name);
}
