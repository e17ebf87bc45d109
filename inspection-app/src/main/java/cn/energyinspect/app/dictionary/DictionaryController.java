package cn.energyinspect.app.dictionary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/dictionaries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "dictionaries", description = "显示名称字典")
class DictionaryController {

    @GetMapping
    @Operation(
            summary =
                    "The display name of every code the API uses, by category (caseStatus, findingKind, confidence …)")
    ResponseEntity<Map<String, Map<String, String>>> all() {
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePrivate())
                .body(DisplayNames.all());
    }
}
