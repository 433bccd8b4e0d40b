using Portal.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
app.UsePortal();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

await app.RunAsync();
return 0;

/// <summary>The entry point; public so tests can host the site.</summary>
public partial class Program;
