using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>Yes or no: a checkbox (a hidden input tells that the form carried it, so unchecking is saved).</summary>
public sealed class BooleanFieldEditor : IContentEditor
{
    public string Kind => "BooleanField";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (form.ContainsKey(slot.Input("Present")))
        {
            target["Value"] = FormValues.Checked(form, slot.Input("Value"));
        }
    }
}
