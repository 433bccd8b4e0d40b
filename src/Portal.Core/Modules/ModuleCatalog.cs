using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Portal.Core.Modules;

/// <summary>Finds the module startups among the projects the host references.</summary>
public static class ModuleCatalog
{
    /// <summary>
    /// Every <see cref="ModuleStartup"/> in the host's project references (from its deps.json, so a module
    /// is found even when the host never names one of its types), ordered by <see cref="ModuleStartup.Order"/>.
    /// </summary>
    public static IReadOnlyList<ModuleStartup> Discover(Assembly hostAssembly)
    {
        var names = DependencyContext.Load(hostAssembly)?.RuntimeLibraries
            .Where(library => library.Type == "project")
            .Select(library => library.Name)
            .ToList() ?? [];
        if (names.Count == 0)
        {
            names = hostAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        }

        return names
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => Assembly.Load(new AssemblyName(name)))
            .Append(hostAssembly)
            .Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsAbstract: false, IsClass: true } && typeof(ModuleStartup).IsAssignableFrom(type))
            .Select(type => (ModuleStartup)Activator.CreateInstance(type)!)
            .OrderBy(module => module.Order)
            .ThenBy(module => module.Feature.Id, StringComparer.Ordinal)
            .ToList();
    }
}
