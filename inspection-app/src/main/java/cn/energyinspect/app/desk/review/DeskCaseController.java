package cn.energyinspect.app.desk.review;

import cn.energyinspect.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/desk")
@Tag(name = "desk-cases", description = "书面监察案件")
class DeskCaseController {
    private final DeskCases desk;
    private final DeskAnswers answers;

    DeskCaseController(DeskCases desk, DeskAnswers answers) {
        this.desk = desk;
        this.answers = answers;
    }

    @PostMapping("/screenings/{screeningId}/case")
    @Operation(summary = "Open the desk-review case (书面监察) of a screening result; once per result")
    ResponseEntity<DeskCases.Opened> open(@PathVariable long screeningId, @AuthenticationPrincipal CurrentUser user) {
        DeskCases.Opened opened = desk.open(screeningId, user);
        return ResponseEntity.created(URI.create("/api/v1/desk/cases/" + opened.caseId()))
                .body(opened);
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "The desk part of a desk case: signals and their confirmation, notice, answer, review")
    DeskCases.DeskCaseView get(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        return desk.view(caseId, user);
    }

    @PostMapping("/cases/{caseId}/written-answer")
    @Operation(summary = "The enterprise's written answer to the 书面监察通知书, with the documents as case evidence")
    DeskCases.DeskCaseView answer(
            @PathVariable long caseId,
            @RequestBody(required = false) DeskAnswers.WrittenAnswer request,
            @AuthenticationPrincipal CurrentUser user) {
        return answers.answer(caseId, request, user);
    }
}
