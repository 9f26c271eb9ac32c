namespace Insignia.Host.Web.Admin;

/// <summary>The MOOC mapping form: the connection, the external course (picked from its catalog or typed by id), the institution course and the definition.</summary>
internal sealed record MoocMappingForm(string Connection, string ExternalCourseId, string CourseKey, string DefinitionId)
{
    public static MoocMappingForm From(IFormCollection form) => new(
        form["connection"].ToString().Trim(), form["externalCourseId"].ToString().Trim(), form["courseKey"].ToString().Trim(), form["definitionId"].ToString().Trim());

    /// <summary>Field errors; an empty course key means the definition's own course.</summary>
    public Dictionary<string, string> Validate(string language, IReadOnlyCollection<string> connections, IReadOnlyCollection<string> definitions, bool duplicate)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var t = (string es, string en) => UiLanguage.Pick(language, es, en);
        if (!connections.Contains(Connection))
        {
            errors["connection"] = t("Elija una conexión de la lista.", "Choose a connection from the list.");
        }

        if (ExternalCourseId.Length is 0 or > 200)
        {
            errors["externalCourseId"] = t("Elija o escriba el id del curso externo (hasta 200 caracteres).", "Choose or enter the external course id (up to 200 characters).");
        }
        else if (duplicate)
        {
            errors["externalCourseId"] = t("Ese curso externo ya está vinculado; quite el vínculo anterior primero.", "That external course is already mapped; remove the earlier mapping first.");
        }

        if (CourseKey.Length > 0 && (CourseKey.Length > 200 || CourseKey.Split('/') is not [{ Length: > 0 }, { Length: > 0 }, ..]))
        {
            errors["courseKey"] = t("Use conexión/curso, p. ej. moodle-campus/42, o déjelo vacío.", "Use connection/course, e.g. moodle-campus/42, or leave it empty.");
        }

        if (!definitions.Contains(DefinitionId))
        {
            errors["definitionId"] = t("Elija una credencial de la lista.", "Choose a credential from the list.");
        }

        return errors;
    }
}
